import type { Market } from '../../../core/model/market';
import { emptyBook } from '../../../core/model/order-book';
import { decidePosition } from '../../../core/rules/decide';
import { exitParamsFor } from '../../../core/strategies/exit-params';
import type { Clock } from '../../../ports';
import type { Settings } from '../../../settings/schema';
import { rereadMarkets } from '../../market-data/market-facts';
import type { MarketData } from '../../ports/exchange-port';
import type { Store } from '../../ports/store-port';
import type { TradingEngine } from '../../trading/trading-engine';
import type { Watched } from './evaluate-position';

export interface SettleResolvedDeps {
  store: Store;
  marketData: MarketData;
  engine: TradingEngine;
  settings: () => Promise<Settings>;
  clock: Clock;
}

/**
 * The socket said a watched market resolved (`market_resolved`): re-read it from Gamma now and,
 * once Gamma confirms the winner, settle the position through the engine (market lock, fresh row).
 * Returns whether the position was settled; when Gamma does not know yet, the alarm pass will.
 */
export async function settleResolved(deps: SettleResolvedDeps, watched: Watched): Promise<boolean> {
  const markets = new Map<string, Market>();
  await rereadMarkets(deps, markets, [watched.marketId]);
  const market = markets.get(watched.marketId);
  const outcome = market?.resolvedOutcome ?? null;
  if (!market || outcome === null) return false;
  const settings = await deps.settings();
  const books = { yes: emptyBook(watched.yesTokenId), no: emptyBook(watched.noTokenId) };
  const state = { closed: true, resolvedOutcome: outcome, feeRate: market.fee };
  const applied = await deps.engine.decideAndApply(watched.positionId, (p) =>
    decidePosition(p, books, state, exitParamsFor(p.strategy, settings.strategy), deps.clock.now()),
  );
  return applied.decision.kind === 'resolve';
}
