import type { Market } from '../../../core/model/market';
import type { Logger } from '../../../log/logger';
import type { Clock } from '../../../ports';
import type { Settings } from '../../../settings/schema';
import { rereadMarkets } from '../../market-data/market-facts';
import type { MarketData } from '../../ports/exchange-port';
import type { Store } from '../../ports/store-port';
import type { TradingEngine } from '../../trading/trading-engine';
import { decideAndAct, positionDecider } from '../position-decider';
import type { Watched } from './evaluate-position';

export interface SettleResolvedDeps {
  store: Store;
  marketData: MarketData;
  engine: TradingEngine;
  settings: () => Promise<Settings>;
  clock: Clock;
  logger: Logger;
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
  const decider = positionDecider(await deps.settings(), deps.clock.now());
  const settled = await decideAndAct(deps, decider, watched, market, null);
  return settled.decisions.some((d) => d.kind === 'resolve');
}
