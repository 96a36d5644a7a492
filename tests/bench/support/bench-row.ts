/** One printed and recorded figure of `npm run bench`. */
export interface BenchRow {
  section: string;
  metric: string;
  /** null when the figure could not be measured (see `how`). */
  value: number | null;
  unit: string;
  /** Human goal, e.g. "≤ 50 ms"; empty when the figure is informative only. */
  goal: string;
  /** true/false against the goal; null when there is no goal or no value. */
  met: boolean | null;
  /** How the figure was measured (printed under the table, kept in results.json). */
  how: string;
}

export function row(
  section: string,
  metric: string,
  value: number | null,
  unit: string,
  how: string,
  goal?: { text: string; ok: (v: number) => boolean },
): BenchRow {
  const met = goal && value !== null && Number.isFinite(value) ? goal.ok(value) : null;
  return { section, metric, value, unit, goal: goal?.text ?? '', met, how };
}

export const atMost = (limit: number, unit: string) => ({
  text: `≤ ${limit.toLocaleString('en-US')} ${unit}`.trim(),
  ok: (v: number) => v <= limit,
});

export const atLeast = (limit: number, unit: string) => ({
  text: `≥ ${limit.toLocaleString('en-US')} ${unit}`.trim(),
  ok: (v: number) => v >= limit,
});
