import type { Position } from '../model/position';
import { type Decision, decidePosition } from '../rules/decide';
import { checkBooks, preFilterMarket } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import { planEntry } from '../rules/sizing';
import { marketRecord } from './market-record';
import { type EntrySignal, SKIP, type Strategy, type StrategyContext } from './strategy';

/**
 * The product's balancing strategy (strategy.md), wrapping the core unchanged: eligibility (end-date
 * window, band, spread), the opportunity threshold when the dataset records scores, planEntry for the
 * 50/50 entry, and decidePosition for divergence, take-profit, stop-loss and resolution.
 */
export function balancingStrategy(params: Readonly<StrategyParams>): Strategy {
  return {
    name: 'balancing',
    description: 'Buy YES and NO 50/50, sell the side that diverges, then TP/SL or hold to resolution',
    params,
    start(markets) {
      const records = markets.map(marketRecord);
      return {
        entry(ctx: StrategyContext): EntrySignal {
          if (ctx.score !== null && ctx.score < params.opportunityThreshold) return SKIP;
          const record = records[ctx.market.index];
          if (!record || !preFilterMarket(record, params, ctx.now).eligible) return SKIP;
          if (!checkBooks(ctx.books, params).eligible) return SKIP;
          const sized = planEntry({
            bankroll: ctx.bankroll(),
            freeCollateral: ctx.freeCollateral,
            books: ctx.books,
            feeRate: ctx.state.feeRate,
            params,
          });
          if (!sized.ok) return SKIP;
          const { yes, no } = sized.plan;
          return {
            kind: 'enter',
            legs: [
              { side: 'yes', budget: yes.budget, limitPrice: yes.limitPrice },
              { side: 'no', budget: no.budget, limitPrice: no.limitPrice },
            ],
            note: 'balanced entry',
          };
        },
        exit(position: Position, ctx: StrategyContext): Decision {
          return decidePosition(position, ctx.books, ctx.state, params, ctx.now);
        },
      };
    },
  };
}
