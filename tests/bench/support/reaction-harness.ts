import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { Logger } from '../../../lib/log/logger';
import type { FakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { testBackground } from '../../integration/support/test-platform';
import { liveSetup } from '../../integration/trading/support/live-vault';
import { benchStore } from './bench-store';

/**
 * The background as composeBackground builds it, LIVE over the in-process fake (orders reach the
 * fake as POST /order): the trading services, their exchange provider wrapped in a send clock, and
 * the realtime monitor on the fake's market socket (MarketWs over Node `ws`).
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
  let n = 0;
  const { live } = await liveSetup();
  const background = testBackground({
    store,
    clock,
    ids: { next: () => `rx-${++n}` },
    clients,
    logger: new Logger({ console: false, clock }),
    live,
    tuning: { realtime: { syncEveryMs: 60_000, checkRetryMs: 50 } },
  });
  const { trading: services, realtime, sends } = background;
  return { db, store, services, realtime, sends };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 1));
  }
}
