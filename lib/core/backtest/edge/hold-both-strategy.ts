import type { Market } from '../../model/market';
import { roundToStep } from '../../model/money';
import type { Decision } from '../../rules/decide';
import type { StrategyParams } from '../../rules/params';
import { resolutionPayout } from '../../rules/resolution';
import { planLeg, type SizingInput } from '../../rules/sizing';
import { type EntryDecision, NO_SIGNAL, type Strategy } from '../../strategies/strategy';
import type { BacktestTrade } from '../trade-ledger';

/** Where and when a baseline enters: a strategy trade's market, entry time and capital (micros). */
export type BaselineEntry = Pick<BacktestTrade, 'marketId' | 'entryTime' | 'capital'>;

const CENT = 10_000;
/** The baseline buys what the book gives: slippage is paid (walked levels), never a refusal. */
const NO_SLIPPAGE_CAP = 1;

/**
 * The "hold both legs to resolution" baseline as a Strategy, so the backtest engine replays it with
 * the same books, fill model, fees and look-ahead barrier as the strategy it is compared with: at
 * each of the strategy's entries (same market, same time, same capital) it buys YES and NO with half
 * the capital each through the live sizing (depth, minimum size, exchange precision; no slippage
 * cap), then holds until the market resolves. A market unresolved at the end of the data is sold
 * there like any open position.
 */
export function holdBothStrategy(
  params: Readonly<StrategyParams>,
  entries: readonly BaselineEntry[],
): Strategy {
  const byMarket = new Map(entries.map((e) => [e.marketId, e]));
  const sizing: StrategyParams = {
    ...params,
    maxPositions: Number.MAX_SAFE_INTEGER,
    maxSlippage: NO_SLIPPAGE_CAP,
  };
  const planned = (marketId: string, now: number): BaselineEntry | null => {
    const entry = byMarket.get(marketId);
    return entry !== undefined && entry.entryTime === now ? entry : null;
  };
  return {
    name: 'hold_both',
    description: 'Buy YES and NO with the same capital at the same time, hold to resolution.',
    params: sizing,
    entryScreen: (markets: readonly Market[]) => (m, now) => {
      const market = markets[m];
      return market !== undefined && planned(market.id, now) !== null;
    },
    entry(ctx): EntryDecision {
      const entry = planned(ctx.market.id, ctx.now);
      if (entry === null) return NO_SIGNAL;
      const half = roundToStep(Math.floor(entry.capital / 2), CENT, 'down');
      const input: SizingInput = {
        bankroll: ctx.freeCollateral,
        freeCollateral: ctx.freeCollateral,
        books: ctx.books,
        feeRate: ctx.state.feeRate,
        params: sizing,
      };
      const yes = planLeg('yes', ctx.books.yes, half, input);
      if (!yes.ok) return { kind: 'refuse', refusal: yes, signal: null };
      const no = planLeg('no', ctx.books.no, half, input);
      if (!no.ok) return { kind: 'refuse', refusal: no, signal: null };
      const outlay = yes.leg.expectedCost + yes.leg.expectedFee + no.leg.expectedCost + no.leg.expectedFee;
      return {
        kind: 'enter',
        plan: { capital: entry.capital, yes: yes.leg, no: no.leg, expectedOutlay: outlay },
        signal: null,
      };
    },
    exit(position, ctx): Decision {
      const winner = ctx.state.resolvedOutcome;
      if (winner === null) return { kind: 'hold', note: 'awaiting_resolution', decidedAt: ctx.now };
      return {
        kind: 'resolve',
        winner,
        payout: resolutionPayout(position, winner).total,
        decidedAt: ctx.now,
      };
    },
  };
}
