import type { Logger } from '../../log/logger';
import type { HandlersFor } from '../../messaging/router';
import type { TradingMessage } from '../../messaging/trading-protocol';
import type { Clock, IdSource } from '../../ports';
import type { Settings } from '../../settings/schema';
import { createMonitorPass } from '../monitor/position-monitor';
import type { PassBody } from '../passes/run-pass';
import type { CtfProvider } from '../ports/ctf-port';
import type { ExchangeProvider, MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import { KeyedLock } from './keyed-lock';
import type { ReconcileReport } from './reconcile';
import type { TradingHooks } from './trading-deps';
import { createTradingEngine, type TradingEngine } from './trading-engine';
import { createTradingHandlers } from './trading-handlers';

export interface TradingServicesDeps {
  store: Store;
  /** Books and markets (lib/adapters/exchange/clients-market-data.ts over the shared clients). */
  marketData: MarketData;
  /** Paper or live exchange per mode (lib/adapters/exchange/exchange-provider.ts). */
  exchangeFor: ExchangeProvider;
  /** Paper or live split / merge / redeem per mode (lib/adapters/exchange/exchange-provider.ts). */
  ctfFor?: CtfProvider;
  /** Resets the paper wallet to the starting balance. */
  resetPaper: () => Promise<void>;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  /** Current settings; defaults to the store's. */
  settings?: () => Promise<Settings>;
  /** Test hooks (crash simulation). */
  hooks?: TradingHooks;
}

export interface TradingServices {
  engine: TradingEngine;
  /** The monitor pass body, for the pass scheduler's 'monitor' entry. */
  monitorPass: PassBody;
  /** position.preview / position.enter / position.close / positions.closeAll / paper.reset. */
  handlers: HandlersFor<TradingMessage>;
  /** Crash recovery: call once at worker start (the monitor pass also runs it first). */
  reconcile: () => Promise<ReconcileReport>;
}

/** Compose the trading engine, the monitor pass and the trading message handlers. */
export function createTradingServices(deps: TradingServicesDeps): TradingServices {
  const engineDeps = {
    store: deps.store,
    marketData: deps.marketData,
    exchangeFor: deps.exchangeFor,
    ...(deps.ctfFor ? { ctfFor: deps.ctfFor } : {}),
    clock: deps.clock,
    ids: deps.ids,
    logger: deps.logger.child('trading'),
    settings: deps.settings ?? (() => deps.store.settings.get()),
    locks: new KeyedLock(),
    hooks: deps.hooks ?? {},
  };
  const engine = createTradingEngine(engineDeps);
  return {
    engine,
    monitorPass: createMonitorPass({ ...engineDeps, engine }),
    handlers: createTradingHandlers({ store: deps.store, engine, resetPaper: deps.resetPaper }),
    reconcile: () => engine.reconcile(),
  };
}
