import type { BenchRow } from './bench-row';
import type { Machine } from './machine';

/**
 * `npm run bench` keeps every run beside the commit it measured (tests/bench/history.json) and
 * compares each figure with the last run of the same figure on the same machine. Pure: no clock, no
 * files (run-bench.ts reads and writes them).
 */

/** A figure more than this much worse than last time is printed REGRESSED. */
export const REGRESSION_LIMIT = 0.3;

/** One recorded figure of a past run. */
export interface HistoryFigure {
  section: string;
  metric: string;
  value: number | null;
  unit: string;
}

export interface HistoryEntry {
  at: string;
  /** `git rev-parse --short HEAD` at run time, with "-dirty" when the tree had uncommitted changes. */
  commit: string;
  machine: string;
  rows: HistoryFigure[];
}

export interface Comparison {
  /** The same figure's value in the last run on this machine, null when there is none. */
  previous: number | null;
  previousCommit: string | null;
  /** Signed change, positive = better (throughput up, or time down); null without a previous value. */
  change: number | null;
  regressed: boolean;
}

/** What makes two runs comparable: the hardware and the platform (not the load, not the commit). */
export function machineKey(m: Pick<Machine, 'cpu' | 'cores' | 'memoryGb' | 'platform'>): string {
  return `${m.cpu} / ${m.cores} cores / ${m.memoryGb} GB / ${m.platform}`;
}

export function commitLabel(shortHash: string, dirty: boolean): string {
  return dirty ? `${shortHash}-dirty` : shortHash;
}

/** Rates (a unit "…/s") are better higher; every other figure (time, size, requests, %) lower. */
export function higherIsBetter(unit: string): boolean {
  return unit.endsWith('/s');
}

/**
 * How much better `value` is than `previous`, as a fraction of `previous` (−0.4 = 40 % worse):
 * for a rate (value − previous) / previous, for a cost (previous − value) / previous.
 */
export function improvement(value: number, previous: number, unit: string): number {
  if (previous === 0) return value === 0 ? 0 : higherIsBetter(unit) ? Infinity : -Infinity;
  const delta = higherIsBetter(unit) ? value - previous : previous - value;
  return delta / Math.abs(previous);
}

const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The row compared with the latest entry of `history` (oldest first) on `machine` that has it. */
export function compareWithLast(
  row: HistoryFigure,
  history: readonly HistoryEntry[],
  machine: string,
): Comparison {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i] as HistoryEntry;
    if (entry.machine !== machine) continue;
    const same = entry.rows.find(
      (r) => r.section === row.section && r.metric === row.metric && r.unit === row.unit,
    );
    if (!same || !usable(same.value)) continue;
    if (!usable(row.value))
      return { previous: same.value, previousCommit: entry.commit, change: null, regressed: false };
    const change = improvement(row.value, same.value, row.unit);
    return {
      previous: same.value,
      previousCommit: entry.commit,
      change,
      regressed: change < -REGRESSION_LIMIT,
    };
  }
  return { previous: null, previousCommit: null, change: null, regressed: false };
}

/** "+12 % vs 1a2b3c4" or "−35 % vs 1a2b3c4 REGRESSED"; empty without a previous run. */
export function describeComparison(c: Comparison): string {
  if (c.change === null || c.previousCommit === null) return '';
  const percent = Math.round(c.change * 100);
  const signed = percent > 0 ? `+${percent}` : percent < 0 ? `−${-percent}` : '±0';
  return `${signed} % vs ${c.previousCommit}${c.regressed ? ' REGRESSED' : ''}`;
}

/** This run as a history entry. */
export function historyEntry(
  at: string,
  commit: string,
  machine: string,
  rows: readonly BenchRow[],
): HistoryEntry {
  return {
    at,
    commit,
    machine,
    rows: rows.map(({ section, metric, value, unit }) => ({ section, metric, value, unit })),
  };
}
