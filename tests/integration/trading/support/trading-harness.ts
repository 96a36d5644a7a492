import { createPolymarketClients } from '../../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../../lib/adapters/storage/store';
import type { CtfProvider } from '../../../../lib/app/ports/ctf-port';
import type { Exchange, MarketData } from '../../../../lib/app/ports/exchange-port';
import type { TradingHooks } from '../../../../lib/app/trading/trading-deps';
import type { TradingServices } from '../../../../lib/app/trading/trading-services';
import { Logger } from '../../../../lib/log/logger';
import type { SettingsPatch } from '../../../../lib/settings/parse-settings';
import type { Settings } from '../../../../lib/settings/schema';
import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';
import { type TestPlatformOptions, testBackground } from '../../support/test-platform';

let dbCounter = 0;

export interface Harness {
  store: Store;
  marketData: MarketData;
  services: TradingServices;
  /** A fresh set of services over the same store and exchange: a restarted worker. */
  restart(hooks?: TradingHooks): TradingServices;
  logger: Logger;
  /** The whole background (its redeem service, its CTF provider…). */
  background: ReturnType<typeof testBackground>;
}

export interface HarnessOptions {
  settings?: SettingsPatch;
  hooks?: TradingHooks;
  live?: (settings: Settings) => Promise<Exchange>;
  ctf?: CtfProvider;
  /** Live split / merge / redeem composed as the extension composes them (journal in the store). */
  liveCtf?: TestPlatformOptions['liveCtf'];
}

/**
 * Store (unique fake-indexeddb database) and clients over the fake; the trading services are the
 * background's, built by composeBackground as the extension builds them (paper/live provider).
 */
export async function makeHarness(fake: FakePolymarket, options: HarnessOptions = {}): Promise<Harness> {
  dbCounter += 1;
  const clock = { now: () => fake.state.nowMs };
  const store = createStore(
    new EquilibrageDatabase(`trading-${process.pid}-${dbCounter}-${Math.random()}`),
    clock.now,
  );
  const patch: SettingsPatch = {
    ...options.settings,
    // The trading tests exercise the order-book path; the split and merge tests (tests/integration/ctf)
    // choose their entry method themselves.
    strategy: { entryMethod: 'books', ...options.settings?.strategy },
    endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
  };
  const updated = await store.settings.update(patch);
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const clients = createPolymarketClients({
    endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
    maxAttempts: 1,
  });
  const logger = new Logger({ console: false, clock });
  let n = 0;
  const ids = { next: () => `id-${dbCounter}-${++n}` };
  const build = (hooks?: TradingHooks) =>
    testBackground({
      store,
      clock,
      ids,
      clients,
      logger,
      ...(options.live ? { live: options.live } : {}),
      ...(options.ctf ? { ctf: options.ctf } : {}),
      ...(options.liveCtf ? { liveCtf: options.liveCtf } : {}),
      ...(hooks ? { tuning: { tradingHooks: hooks } } : {}),
    });
  const background = build(options.hooks);
  return {
    store,
    marketData: background.marketData,
    services: background.trading,
    restart: (hooks) => build(hooks).trading,
    background,
    logger,
  };
}

/** A pass context for calling a PassBody directly. */
export function passContext() {
  const degraded: string[] = [];
  let requests = 0;
  return {
    ctx: {
      passId: 'test',
      signal: new AbortController().signal,
      addRequests: (count: number) => {
        requests += count;
      },
      degrade: (message: string) => {
        degraded.push(message);
      },
    },
    degraded,
    requests: () => requests,
  };
}
