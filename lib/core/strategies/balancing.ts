import type { Position } from '../model/position';
import { type Decision, decidePosition } from '../rules/decide';
import { checkBooks, preFilterMarket } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import { planEntry } from '../rules/sizing';
import { entryScreen } from './entry-screen';
import {
  type DecisionContext,
  type EntryContext,
  type EntryDecision,
  SCREENED_OUT,
  type Strategy,
  sizingInput,
} from './strategy';

/**
 * The product's balancing strategy (strategy.md), wrapping the core unchanged: when screening, the
 * opportunity threshold and eligibility (end-date window, band, spread); planEntry for the 50/50
 * entry; decidePosition for divergence, take-profit, stop-loss and resolution.
 */
export function balancingStrategy(params: Readonly<StrategyParams>): Strategy {
  return {
    name: 'balancing',
    description: 'Buy YES and NO 50/50, sell the side that diverges, then TP/SL or hold to resolution',
    params,
    entry(ctx: EntryContext): EntryDecision {
      if (ctx.screen) {
        if (ctx.score !== null && ctx.score < params.opportunityThreshold) return SCREENED_OUT;
        if (!preFilterMarket(ctx.market, params, ctx.now).eligible) return SCREENED_OUT;
        if (!checkBooks(ctx.books, params).eligible) return SCREENED_OUT;
      }
      const sized = planEntry(sizingInput(ctx, params));
      return sized.ok
        ? { kind: 'enter', plan: sized.plan, signal: null }
        : { kind: 'refuse', refusal: sized, signal: null };
    },
    entryScreen: (markets) => entryScreen(params, markets),
    exit(position: Position, ctx: DecisionContext): Decision {
      return decidePosition(position, ctx.books, ctx.state, params, ctx.now);
    },
  };
}
