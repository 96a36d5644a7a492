import type { Market } from '../../core/model/market';
import { emptyBook } from '../../core/model/order-book';
import type { PositionRow } from '../../core/model/rows/positions';
import type { Decision, MarketState } from '../../core/rules/decide';
import type { MarketBooks } from '../../core/rules/eligibility';
import { strategiesFor } from '../../core/strategies/registry';
import type { Logger } from '../../log/logger';
import type { Settings } from '../../settings/schema';
import type { DecideOptions, Settled, TradingEngine } from '../trading/trading-engine';
import { describeDecision } from './decision-words';

/** One position the monitors act on, and where its market lock is. */
export interface Target {
  positionId: string;
  marketId: string;
}

/**
 * The ONE position decider of both monitors (alarm pass and socket): each position is decided by
 * the core Strategy that OPENED it (Strategy.exit: divergence, take-profit / stop-loss, resolution),
 * on one market moment. Without books (a resolved market whose books are gone) only resolution can
 * be decided: the market is taken as closed, with empty books.
 */
export function positionDecider(settings: Settings, now: number) {
  const strategyOf = strategiesFor(settings.strategy);
  const at = (market: Market, books: MarketBooks | null) => {
    const state: MarketState = {
      closed: books === null || market.closed,
      resolvedOutcome: market.resolvedOutcome,
      feeRate: market.fee,
    };
    return (position: PositionRow): Decision =>
      strategyOf(position.strategy).exit(position, {
        now,
        market,
        books: books ?? { yes: emptyBook(position.yesTokenId), no: emptyBook(position.noTokenId) },
        state,
      });
  };
  return { settings, at };
}

export type PositionDecider = ReturnType<typeof positionDecider>;

export interface DecideDeps {
  engine: TradingEngine;
  logger: Logger;
}

/**
 * Decide on one position and act, inside the engine's market lock on one fresh read (engine
 * decideAndApply), with the same-pass re-check after a liquidation. Acting decisions are logged.
 */
export async function decideAndAct(
  deps: DecideDeps,
  decider: PositionDecider,
  target: Target,
  market: Market,
  books: MarketBooks | null,
  options: Pick<DecideOptions, 'prepare' | 'known'> = {},
): Promise<Settled> {
  const context = books ? { market, books, settings: decider.settings } : undefined;
  const settled = await deps.engine.decideAndApply(target, decider.at(market, books), {
    ...options,
    context,
  });
  for (const decision of settled.decisions) {
    if (decision.kind === 'hold') continue;
    deps.logger.info('monitor decision', {
      positionId: target.positionId,
      kind: decision.kind,
      why: describeDecision(decision),
    });
  }
  return settled;
}

/** The decisions that sent orders (liquidations and closes). */
export function acted(settled: Settled): Extract<Decision, { kind: 'liquidate' | 'close' }>[] {
  return settled.decisions.filter(
    (d): d is Extract<Decision, { kind: 'liquidate' | 'close' }> =>
      d.kind === 'liquidate' || d.kind === 'close',
  );
}
