import { formatCents, formatPercent, formatShares, formatUsd } from '../model/display';
import type { SizingResult } from './sizing';

type Refusal = Pick<Extract<SizingResult, { ok: false }>, 'reason' | 'side' | 'params'>;

/**
 * A sizing refusal in English words, made only where a person reads it (the entry preview's
 * fallback, a position's note, logs); the UI says the coded form in its own language. The words are
 * those the sizing rules have always said.
 */
export function sizingMessage(refusal: Refusal): string {
  const params = refusal.params ?? {};
  const has = (key: string) => typeof params[key] === 'number';
  const n = (key: string): number => Number(params[key] ?? 0);
  const label = String(refusal.side ?? params.side ?? '').toUpperCase();
  switch (refusal.reason) {
    case 'no_capital':
      return `No capital to allot (${formatUsd(n('capitalUsd'))})`;
    case 'no_asks':
      return `${label} has no asks to buy from`;
    case 'insufficient_depth':
      return `${label} asks hold only ${formatUsd(n('depthUsd'))}; ${formatUsd(n('neededUsd'))} is needed`;
    case 'slippage':
      return (
        `Buying ${formatUsd(n('budgetUsd'))} of ${label} would pay up to ${formatCents(n('limitPrice'))}, ` +
        `${formatPercent(n('slippageRatio'))} above the best ask ${formatCents(n('bestPrice'))} (limit ${formatPercent(n('maxSlippageRatio'))})`
      );
    case 'amount_precision':
      return `${label} leg: no amount up to ${formatUsd(n('budgetUsd'))} at ${formatCents(n('limitPrice'))} keeps the 2 decimals of collateral and 4 of shares the exchange accepts`;
    case 'below_min_size':
      return `${label} leg buys ${formatShares(n('orderShares'))} shares, below the market minimum of ${formatShares(n('minShares'))}`;
    case 'spread':
      return `${label} spread ${has('spreadPrice') ? formatCents(n('spreadPrice')) : 'unknown'} is wider than ${formatCents(n('maxSpreadPrice'))}`;
    case 'no_signal':
      return 'No entry signal';
  }
}
