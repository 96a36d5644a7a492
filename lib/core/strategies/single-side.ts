import { decidePosition } from '../rules/decide';
import { preFilterMarket } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import { entryScreen } from './entry-screen';
import { exitParamsFor } from './exit-params';
import { pickSingleSide, planSingleSide } from './single-side-entry';
import { NO_SIGNAL, SCREENED_OUT, type Strategy, sizingInput } from './strategy';
import type { SingleSideKind } from './strategy-names';

export type { SingleSideKind } from './strategy-names';

/**
 * Single-side strategies: stay flat until one side's mark has moved by `divergenceThreshold` from
 * its reference (the first mark seen), then buy only one side with the position capital.
 * - momentum: buy the side that ROSE by the threshold (ride the move);
 * - mean_reversion: buy the side that FELL by the threshold (bet on the bounce).
 * The signal and the sizing are in single-side-entry.ts; exits are the core's (exitParamsFor:
 * take-profit / stop-loss and resolution, no divergence liquidation).
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
    entry(ctx) {
      if (ctx.screen && ctx.score !== null && ctx.score < params.opportunityThreshold) return SCREENED_OUT;
      const signal = pickSingleSide(kind, ctx.books, ctx.reference, params.divergenceThreshold);
      if (signal === null) return NO_SIGNAL;
      if (ctx.screen && !preFilterMarket(ctx.market, params, ctx.now).eligible) return SCREENED_OUT;
      const sized = planSingleSide(signal, sizingInput(ctx, params));
      return sized.ok
        ? { kind: 'enter', plan: sized.plan, signal }
        : { kind: 'refuse', refusal: sized, signal };
    },
    entryScreen: (markets) => entryScreen(params, markets),
    exit(position, ctx) {
      return decidePosition(position, ctx.books, ctx.state, exitParams, ctx.now);
    },
  };
}
