import WebSocket from 'ws';
import { MarketWs, type MarketWsStatus } from '../../../../lib/adapters/polymarket/market-ws';
import { createPolymarketClients } from '../../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../../lib/adapters/storage/store';
import type { RealtimeMonitor } from '../../../../lib/app/monitor/realtime-monitor';
import type { MarketData } from '../../../../lib/app/ports/exchange-port';
import type { TradingHooks } from '../../../../lib/app/trading/trading-deps';
import type { TradingServices } from '../../../../lib/app/trading/trading-services';
import { Logger } from '../../../../lib/log/logger';
import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';
import { testBackground } from '../../support/test-platform';

let dbCounter = 0;

export interface RealtimeHarness {
  store: Store;
  marketData: MarketData;
  services: TradingServices;
  realtime: RealtimeMonitor;
  statuses: MarketWsStatus[];
  /** Monitor passes run by the test (the alarm path). */
  alarmPass(): Promise<string | undefined>;
  alarmPasses(): number;
  /** Sockets the monitor opened, with their URL. */
  opened: string[];
}

export interface RealtimeHarnessOptions {
  reconnectBaseDelayMs?: number;
  hooks?: TradingHooks;
}

/**
 * The background over the fake (paper), as composeBackground builds it: the trading services, their
 * exchange provider wrapped in a send clock, and the realtime monitor on the fake's market websocket
 * through the production MarketWs (Node `ws`).
 */
export async function makeRealtimeHarness(
  fake: FakePolymarket,
  options: RealtimeHarnessOptions = {},
): Promise<RealtimeHarness> {
  dbCounter += 1;
  const clock = { now: () => fake.state.nowMs };
  const store = createStore(new EquilibrageDatabase(`realtime-${process.pid}-${dbCounter}`), clock.now);
  const endpoints = { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl };
  const updated = await store.settings.update({ endpoints: { ...endpoints, clobWsUrl: fake.wsMarketUrl } });
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const clients = createPolymarketClients({ endpoints, maxAttempts: 1 });
  const logger = new Logger({ console: false, clock });
  let n = 0;
  const ids = { next: () => `rt-${dbCounter}-${++n}` };
  const statuses: MarketWsStatus[] = [];
  const opened: string[] = [];
  const background = testBackground({
    store,
    clock,
    ids,
    clients,
    logger,
    onSocketStatus: (s) => statuses.push(s),
    openStream: (handlers, s) => {
      opened.push(s.endpoints.clobWsUrl);
      return new MarketWs({
        url: s.endpoints.clobWsUrl,
        WebSocket,
        handlers,
        pingIntervalMs: 200,
        reconnectBaseDelayMs: options.reconnectBaseDelayMs ?? 50,
        reconnectMaxDelayMs: 2_000,
      });
    },
    tuning: {
      ...(options.hooks ? { tradingHooks: options.hooks } : {}),
      realtime: { syncEveryMs: 60_000, checkRetryMs: 50 },
    },
  });
  const { marketData, trading: services, realtime } = background;
  const pass = {
    passId: 'alarm',
    signal: new AbortController().signal,
    addRequests: () => {},
    degrade: () => {},
  };
  let passes = 0;
  return {
    store,
    marketData,
    services,
    realtime,
    statuses,
    alarmPass: () => {
      passes += 1;
      return services.monitorPass(pass);
    },
    alarmPasses: () => passes,
    opened,
  };
}

/** Poll until `check` holds (fails after `timeoutMs`). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 2));
  }
}
