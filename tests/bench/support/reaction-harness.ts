import WebSocket from 'ws';
import { marketDataFromClients } from '../../../lib/adapters/exchange/clients-market-data';
import { createExchangeProviders } from '../../../lib/adapters/exchange/exchange-provider';
import { MarketWs } from '../../../lib/adapters/polymarket/market-ws';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { createSendClock } from '../../../lib/app/monitor/realtime/send-clock';
import { createRealtimeMonitor } from '../../../lib/app/monitor/realtime-monitor';
import { createTradingServices } from '../../../lib/app/trading/trading-services';
import { Logger } from '../../../lib/log/logger';
import type { FakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { liveSetup } from '../../integration/trading/support/live-vault';
import { benchStore } from './bench-store';

/**
 * LIVE trading services over the in-process fake (orders reach the fake as POST /order), the
 * exchange provider wrapped in a send clock, and the realtime monitor on the fake's market socket.
 */
export async function reactionHarness(fake: FakePolymarket) {
  const clock = { now: () => fake.state.nowMs };
  const { db, store } = await benchStore(clock.now);
  const endpoints = { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl };
  const updated = await store.settings.update({
    mode: 'live',
    endpoints: { ...endpoints, clobWsUrl: fake.wsMarketUrl },
    strategy: { maxPositions: 100, capitalAllocationPercent: 0.1 },
    limits: { maxTotalExposureUsd: 1e8, dailyLossLimitUsd: null },
  });
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const clients = createPolymarketClients({ endpoints, maxAttempts: 1 });
  const marketData = marketDataFromClients(() => clients);
  const logger = new Logger({ console: false, clock });
  let n = 0;
  const { live } = await liveSetup();
  const providers = createExchangeProviders({ store, marketData, clock, live });
  const sends = createSendClock();
  const settings = () => store.settings.get();
  const services = createTradingServices({
    store,
    marketData,
    exchangeFor: sends.wrap(providers.exchangeFor),
    resetPaper: providers.resetPaper,
    clock,
    ids: { next: () => `rx-${++n}` },
    logger,
    settings,
  });
  const realtime = createRealtimeMonitor({
    store,
    marketData,
    engine: services.engine,
    settings,
    clock,
    logger,
    sends,
    openStream: (handlers, s) => new MarketWs({ url: s.endpoints.clobWsUrl, WebSocket, handlers }),
    syncEveryMs: 60_000,
    checkRetryMs: 50,
  });
  return { db, store, services, realtime, sends };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 1));
  }
}
