import { decidePosition } from '../rules/decide';
import { preFilterMarket } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import { exitParamsFor } from './exit-params';
import { marketRecord } from './market-record';
import { pickSingleSide, planSingleSide } from './single-side-entry';
import { SKIP, type Strategy } from './strategy';
import type { SingleSideKind } from './strategy-names';

export type { SingleSideKind } from './strategy-names';

/**
 * Single-side strategies: stay flat until one side's mark has moved by `divergenceThreshold` from
 * its reference (the first mark this run saw), then buy only one side with the position capital.
 * - momentum: buy the side that ROSE by the threshold (ride the move);
 * - mean_reversion: buy the side that FELL by the threshold (bet on the bounce).
 * The signal and the sizing are the live engine's (single-side-entry.ts); exits are the core's
 * (exitParamsFor: take-profit / stop-loss and resolution, no divergence liquidation).
 */
export function singleSideStrategy(kind: SingleSideKind, params: Readonly<StrategyParams>): Strategy {
  const exitParams = exitParamsFor(kind, params);
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
          const signal = pickSingleSide(kind, ctx.books, ctx.reference, params.divergenceThreshold);
          if (signal === null) return SKIP;
          const record = records[ctx.market.index];
          if (!record || !preFilterMarket(record, params, ctx.now).eligible) return SKIP;
          const sized = planSingleSide(signal, {
            bankroll: ctx.bankroll(),
            freeCollateral: ctx.freeCollateral,
            books: ctx.books,
            feeRate: ctx.state.feeRate,
            params,
          });
          const leg = sized.ok ? sized.plan[signal.side] : null;
          if (!leg) return SKIP;
          return {
            kind: 'enter',
            legs: [{ side: signal.side, budget: leg.budget, limitPrice: leg.limitPrice }],
            note: `${kind} ${signal.side}`,
          };
        },
        exit(position, ctx) {
          return decidePosition(position, ctx.books, ctx.state, exitParams, ctx.now);
        },
      };
    },
  };
}
