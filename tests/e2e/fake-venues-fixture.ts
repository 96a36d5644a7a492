import { type FakeKalshi, startFakeKalshi } from '../fake-kalshi/start-fake-kalshi';
import { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { test as base } from './extension-fixture';

type FakePolymarket = Awaited<ReturnType<typeof startFakePolymarket>>;

/**
 * The extension fixture plus both venues' fakes on 127.0.0.1, started per test: the fake Polymarket
 * (`fake`) and the fake Kalshi (`kalshi`, its scenario clock on the wall clock so signed requests and
 * close times agree with the browser's).
 */
export const test = base.extend<{ fake: FakePolymarket; kalshi: FakeKalshi }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  fake: async ({}, use) => {
    const fake = await startFakePolymarket({ markets: 60, startTimeMs: Date.now(), protocolV2Markets: 3 });
    await use(fake);
    await fake.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  kalshi: async ({}, use) => {
    const kalshi = await startFakeKalshi({ markets: 12, seed: 11, startTimeMs: Date.now() });
    await use(kalshi);
    await kalshi.close();
  },
});

export const expect = test.expect;
