import type { BenchRow } from './bench-row';

const fmt = (v: number | null): string => {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(v === Math.round(v) ? 0 : 2);
};

const verdict = (r: BenchRow) => (r.met === null ? '' : r.met ? 'MET' : 'MISSED');

/**
 * The bench table as text: section, metric, value, goal, verdict, the change since the last run on
 * this machine (`versus`, e.g. "−35 % vs 1a2b3c4 REGRESSED"); then numbered "how" notes.
 */
export function formatTable(rows: readonly BenchRow[], versus: readonly string[] = []): string {
  const cells = rows.map((r, i) => [
    r.section,
    r.metric,
    `${fmt(r.value)} ${r.unit}`.trim(),
    r.goal,
    verdict(r),
    versus[i] ?? '',
    `[${i + 1}]`,
  ]);
  const head = ['section', 'metric', 'value', 'goal', 'verdict', 'vs last run', 'how'];
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((line) => (line[c] ?? '').length)));
  const line = (parts: readonly string[]) => parts.map((p, c) => p.padEnd(widths[c] ?? 0)).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line), ''];
  rows.forEach((r, i) => {
    out.push(`[${i + 1}] ${r.how}`);
  });
  return out.join('\n');
}
