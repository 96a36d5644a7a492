import type { DataRule, RunAssumptions } from '../lib/core/backtest/edge/assumptions';
import type { RunBaselines } from '../lib/core/backtest/edge/baselines';
import type { EdgeStats } from '../lib/core/backtest/edge/edge-stats';
import { modelWiderThanMaxSpread } from '../lib/core/backtest/edge/model-spread';

/** The CLI's words for the edge verdict and the run's assumptions (the core gives codes and numbers). */
const MINUS = '\u2212';

/** −12.1 %, +3.0 % (a real minus sign, one decimal). */
export function signedPct(x: number): string {
  const text = `${Math.abs(x * 100).toFixed(1)} %`;
  return x < 0 && text !== '0.0 %' ? `${MINUS}${text}` : text;
}

const cents = (price: number): string => `${Number((price * 100).toFixed(2))}¢`;

const RULE_NAMES: Record<DataRule, string> = {
  spread: 'spread',
  depth: 'depth',
  liquidity: 'liquidity',
  volume: 'volume',
  score_threshold: 'score threshold',
};

/** "Edge: negative — mean per trade −12.1 % (95 % CI −17.0 % to −6.0 %), 25 trades". */
export function edgeLine(edge: EdgeStats): string {
  return `Edge: ${edgeBody(edge)}`;
}

const usd = (x: number): string => `${x < 0 ? MINUS : ''}$${Math.abs(x).toFixed(2)}`;

/** The baselines under a strategy's edge line, indented, the same figures for each. */
export function baselineLines(b: RunBaselines): string[] {
  const { edge, totalPnl, skipped, unresolved } = b.holdBoth;
  const notes = [
    `total P&L ${usd(totalPnl)}`,
    ...(skipped > 0 ? [`${skipped} entr${skipped === 1 ? 'y' : 'ies'} the book could not fill`] : []),
    ...(unresolved > 0 ? [`${unresolved} unresolved at the end of the data, sold there`] : []),
  ];
  return [
    `  Baseline, hold both legs to resolution (same entries, capital, book model, fees): ${edgeBody(edge)}; ${notes.join('; ')}`,
    `  Baseline, no trade: 0.0 % per trade, ${usd(b.noTrade.totalPnl)}`,
  ];
}

/** "negative — mean per trade −12.1 % (95 % CI −17.0 % to −6.0 %), 25 trades". */
function edgeBody(edge: EdgeStats): string {
  const verdict =
    edge.reason === 'too_few_trades'
      ? `inconclusive (fewer than ${edge.minTrades} trades)`
      : edge.reason === 'ci_spans_zero'
        ? 'inconclusive (CI spans 0)'
        : edge.verdict;
  if (edge.mean === null || edge.ci95 === null) return `${verdict} — no trade`;
  const [low, high] = edge.ci95;
  const trades = `${edge.trades} trade${edge.trades === 1 ? '' : 's'}`;
  return `${verdict} — mean per trade ${signedPct(edge.mean)} (95 % CI ${signedPct(low)} to ${signedPct(high)}), ${trades}`;
}

function bookModelText(a: RunAssumptions): string {
  const setting = a.spreadSetting === null ? '' : ` (--spread ${a.spreadSetting}, rounded up to whole ticks)`;
  return `${a.spread === null ? '?' : cents(a.spread)} spread${setting}, ${a.depth ?? '?'} shares per level (--depth)`;
}

/** The first lines of a report: are the fills observed or modelled, and what could not be checked. */
export function assumptionLines(a: RunAssumptions, maxSpread?: number): string[] {
  const lines: string[] = [];
  if (a.bookModel === 'modelled') {
    lines.push(
      `Fills are MODELLED, not observed: the dataset has no usable recorded order books. Book model: ${bookModelText(a)}.`,
    );
  } else if (a.bookModel === 'mixed') {
    lines.push(
      `Fills are partly MODELLED: recorded order books where the dataset has them, else the book model: ${bookModelText(a)}.`,
    );
  } else lines.push('Fills are observed: every fill walks a recorded order book.');
  if (maxSpread !== undefined && a.spread !== null && modelWiderThanMaxSpread(a, { maxSpread })) {
    lines.push(
      `The book model's ${cents(a.spread)} spread is wider than maxSpread (${cents(maxSpread)}): the spread rule refuses every entry on a modelled book.`,
    );
  }
  const modelOnly = a.notChecked.filter((r) => r === 'spread' || r === 'depth');
  const missing = a.notChecked.filter((r) => r !== 'spread' && r !== 'depth');
  if (modelOnly.length > 0) {
    const names = modelOnly.map((r) => RULE_NAMES[r]).join(', ');
    lines.push(`Not checked: ${names} — tested against the book model only, never against the market.`);
  }
  if (missing.length > 0) {
    const names = missing.map((r) => RULE_NAMES[r]).join(', ');
    lines.push(`Not checked: ${names} — the dataset has no such fields.`);
  }
  if (a.partlyChecked.length > 0) {
    const names = a.partlyChecked.map((r) => RULE_NAMES[r]).join(', ');
    lines.push(`Partly checked: ${names} — only some markets have the data.`);
  }
  return lines;
}
