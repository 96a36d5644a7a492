import { isAppError, operationalError } from '../../errors/app-error';
import type { Logger } from '../../log/logger';
import type { RedeemMessage } from '../../messaging/redeem-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { TradingMessage } from '../../messaging/trading-protocol';
import type { Clock, IdSource } from '../../ports';
import type { Settings } from '../../settings/schema';
import { createMonitorPass } from '../monitor/position-monitor';
import type { PassBody } from '../passes/run-pass';
import type { CtfProvider } from '../ports/ctf-port';
import type { ExchangeProvider, MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import { createRedeemHandlers } from '../redeem/redeem-handlers';
import { createRedeemService, type RedeemService } from '../redeem/redeem-service';
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
  /**
   * Paper or live split / merge / redeem per mode (lib/adapters/exchange/exchange-provider.ts).
   * Absent (some tests): entries buy the books, closes sell, and redeeming answers "not available".
   */
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

/** Until CTF operations are wired: every redeem request says so, nothing is sent. */
const noCtf: CtfProvider = async () => {
  throw operationalError('On-chain operations (split, merge, redeem) are not available here.', {
    code: 'ctf_unavailable',
  });
};

export interface TradingServices {
  engine: TradingEngine;
  /** The monitor pass body, for the pass scheduler's 'monitor' entry. */
  monitorPass: PassBody;
  /** position.preview / position.enter / position.close / positions.closeAll / paper.reset. */
  handlers: HandlersFor<TradingMessage>;
  /** Redeeming resolved live positions (on request; automatically from the monitor pass). */
  redeem: RedeemService;
  /** positions.redeem / positions.redeemAll / positions.redeemCheck. */
  redeemHandlers: HandlersFor<RedeemMessage>;
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
  const redeem = createRedeemService({ ...engineDeps, ctfFor: deps.ctfFor ?? noCtf });
  const monitor = createMonitorPass({ ...engineDeps, engine });
  return {
    engine,
    // Resolved live positions are priced from the chain (and redeemed when autoRedeem is on) after
    // each monitor pass; a redeem that cannot run now (wallet locked) waits for the next pass.
    monitorPass: async (ctx) => {
      const summary = await monitor(ctx);
      try {
        engineDeps.logger.info(await redeem.pass());
      } catch (error) {
        if (!isAppError(error)) throw error;
        engineDeps.logger.info('redeem waits', { code: error.code, message: error.message });
      }
      return summary;
    },
    handlers: createTradingHandlers({ store: deps.store, engine, resetPaper: deps.resetPaper }),
    redeem,
    redeemHandlers: createRedeemHandlers(redeem),
    reconcile: () => engine.reconcile(),
  };
}
