import type { DataRule, RunAssumptions } from '../../lib/core/backtest/edge/assumptions';
import type { EdgeStats } from '../../lib/core/backtest/edge/edge-stats';
import type { MessageLookup } from './coded-text';
import { pluralForm } from './plural-form';

/**
 * The edge verdict and a run's assumptions in the reader's language, from the core's codes and
 * numbers (lib/core/backtest/edge): the same words for a backtest and for the bot's own record.
 * `lookup` reads a message of the UI's locale (optionalMessage in the extension, the YAML in tests).
 */

export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A per-trade return with one decimal and its sign: "−12.1 %", "+3.0 %" ("−12,1 %" in French). */
export function edgePercent(ratio: number, locale: string): string {
  const digits = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const text = Math.abs(ratio * 100).toLocaleString(locale, digits);
  const zero = Number(Math.abs(ratio * 100).toFixed(1)) === 0;
  const sign = zero ? '' : ratio > 0 ? '+' : '−';
  return `${sign}${text} %`;
}

/** "positive", "negative", "inconclusive (the interval spans 0)", "inconclusive (fewer than 30 trades)". */
export function verdictWord(stats: EdgeStats, lookup: MessageLookup, locale: string): string {
  if (stats.verdict !== 'inconclusive') return lookup(`edge.verdicts.${stats.verdict}`);
  const reason = stats.reason ?? 'ci_spans_zero';
  return fill(lookup(`edge.verdicts.${reason}`), { min: stats.minTrades.toLocaleString(locale) });
}

/**
 * "Edge: negative — mean per trade −12.1 % (95 % CI −17.0 % to −6.0 %), 25 trades", or without a
 * trade "Edge: inconclusive (fewer than 30 trades) — no trade yet".
 */
export function edgeVerdictText(stats: EdgeStats, lookup: MessageLookup, locale: string): string {
  const head = fill(lookup('edge.label'), { verdict: verdictWord(stats, lookup, locale) });
  return `${head} — ${edgeDetailText(stats, lookup, locale)}`;
}

/** "mean per trade −12.1 % (95 % CI −17.0 % to −6.0 %), 25 trades", or "no trade yet". */
export function edgeDetailText(stats: EdgeStats, lookup: MessageLookup, locale: string): string {
  if (stats.mean === null || stats.ci95 === null) return lookup('edge.noTrades');
  return fill(pluralForm(lookup('edge.detail'), stats.trades), {
    mean: edgePercent(stats.mean, locale),
    low: edgePercent(stats.ci95[0], locale),
    high: edgePercent(stats.ci95[1], locale),
    count: stats.trades.toLocaleString(locale),
  });
}

function ruleList(rules: readonly DataRule[], lookup: MessageLookup): string {
  return rules.map((r) => lookup(`edge.rules.${r}`)).join(', ');
}

/**
 * What a run could not observe, first: modelled fills (with the synthetic book's spread and depth)
 * and the entry rules its data could not check. Empty for a run on recorded books with every field.
 */
export function assumptionLines(a: RunAssumptions, lookup: MessageLookup, locale: string): string[] {
  const lines: string[] = [];
  if (a.bookModel !== 'recorded') {
    lines.push(
      fill(lookup(`edge.fills.${a.bookModel}`), {
        spread: `${((a.spread ?? 0) * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}¢`,
        depth: (a.depth ?? 0).toLocaleString(locale),
      }),
    );
  }
  if (a.notChecked.length > 0)
    lines.push(fill(lookup('edge.notChecked'), { rules: ruleList(a.notChecked, lookup) }));
  if (a.partlyChecked.length > 0)
    lines.push(fill(lookup('edge.partlyChecked'), { rules: ruleList(a.partlyChecked, lookup) }));
  return lines;
}

/** Tailwind tone of a verdict: green for a proven edge, red for a proven loss, amber otherwise. */
export function verdictTone(stats: EdgeStats): string {
  if (stats.verdict === 'positive') return 'text-gain';
  if (stats.verdict === 'negative') return 'text-loss';
  return 'text-amber-800';
}
