import { spread } from '../model/book-stats';
import { type Micros, toMicros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { markPrice } from '../model/prices';
import { decidePosition } from '../strategy/decide';
import { preFilterMarket } from '../strategy/eligibility';
import type { StrategyParams } from '../strategy/params';
import { marketRecord } from './market-record';
import { planOneLeg } from './one-leg-sizing';
import { SKIP, type Strategy, type StrategyContext } from './strategy';

/**
 * Single-side strategies: stay flat until one side's mark has moved by `divergenceThreshold` from
 * its reference (the first mark this run saw), then buy only one side with the position capital.
 * - momentum: buy the side that ROSE by the threshold (ride the move);
 * - mean_reversion: buy the side that FELL by the threshold (bet on the bounce).
 * Exits are the core's: take-profit / stop-loss at exit prices and resolution (decidePosition with
 * divergence switched off, since there is no second side to liquidate). Never buys above 95¢ or
 * below 5¢, and the bought side's spread must be within maxSpread.
 */
export type SingleSideKind = 'momentum' | 'mean_reversion';

const SIDES: readonly OutcomeSide[] = ['yes', 'no'];
const MIN_PRICE: Micros = 50_000;
const MAX_PRICE: Micros = 950_000;

function move(mark: Micros | null, reference: Micros | null): number | null {
  return mark === null || reference === null || reference <= 0 ? null : (mark - reference) / reference;
}

function pickSide(ctx: StrategyContext, kind: SingleSideKind, threshold: number): OutcomeSide | null {
  let best: OutcomeSide | null = null;
  let bestMove = 0;
  for (const side of SIDES) {
    const mark = markPrice(ctx.books[side]);
    const m = move(mark, ctx.reference[side]);
    if (m === null || mark === null || mark < MIN_PRICE || mark > MAX_PRICE) continue;
    const signed = kind === 'momentum' ? m : -m;
    if (signed >= threshold - 1e-12 && signed > bestMove) {
      best = side;
      bestMove = signed;
    }
  }
  return best;
}

export function singleSideStrategy(kind: SingleSideKind, params: Readonly<StrategyParams>): Strategy {
  const exitParams: StrategyParams = { ...params, divergenceThreshold: Number.POSITIVE_INFINITY };
  const maxSpread = toMicros(params.maxSpread);
  return {
    name: kind,
    description:
      kind === 'momentum'
        ? 'Buy the side that rose by the threshold from its first price; TP/SL or resolution'
        : 'Buy the side that fell by the threshold from its first price; TP/SL or resolution',
    params,
    start(markets) {
      const records = markets.map(marketRecord);
      return {
        entry(ctx) {
          if (ctx.score !== null && ctx.score < params.opportunityThreshold) return SKIP;
          const side = pickSide(ctx, kind, params.divergenceThreshold);
          if (side === null) return SKIP;
          const record = records[ctx.market.index];
          if (!record || !preFilterMarket(record, params, ctx.now).eligible) return SKIP;
          const width = spread(ctx.books[side]);
          if (width === null || width > maxSpread) return SKIP;
          const leg = planOneLeg(
            side,
            ctx.books[side],
            ctx.bankroll(),
            ctx.freeCollateral,
            ctx.state.feeRate,
            params,
          );
          return leg ? { kind: 'enter', legs: [leg], note: `${kind} ${side}` } : SKIP;
        },
        exit(position, ctx) {
          return decidePosition(position, ctx.books, ctx.state, exitParams, ctx.now);
        },
      };
    },
  };
}
