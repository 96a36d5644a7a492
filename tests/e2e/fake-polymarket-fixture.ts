import { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { test as base } from './extension-fixture';

type FakePolymarket = Awaited<ReturnType<typeof startFakePolymarket>>;

/** The extension fixture plus a local fake Polymarket on 127.0.0.1, started per test. */
export const test = base.extend<{ fake: FakePolymarket }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  fake: async ({}, use) => {
    const fake = await startFakePolymarket({ markets: 60, startTimeMs: Date.now(), protocolV2Markets: 3 });
    await use(fake);
    await fake.close();
  },
});

export const expect = test.expect;
