import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { openDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import type { MarketDatasetResult } from '../../../lib/app/research/market-dataset';
import type { MessageType, RequestOf } from '../../../lib/messaging/protocol';
import type { Reply } from '../../../lib/messaging/reply';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';

/**
 * The REAL service worker (main() on WXT's fake browser) with two fake Polymarkets: the settings
 * name the first, then the user switches the endpoints to the second. The very next research
 * request must go to the second, with no pass run in between to refresh the clients.
 */

let before: FakePolymarket;
let after: FakePolymarket;

const endpointsOf = (fake: FakePolymarket) => ({
  gammaUrl: fake.gammaUrl,
  clobUrl: fake.clobUrl,
  dataUrl: fake.dataUrl,
  clobWsUrl: fake.wsMarketUrl,
  geoblockUrl: fake.geoblockUrl,
  polygonRpcUrl: `http://127.0.0.1:${fake.port}/no-rpc`,
});

async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<unknown>> {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') };
  const message = { channel: 'equilibrage', type, payload };
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  expect(answers).toHaveLength(1);
  return answers[0] as Reply<unknown>;
}

async function data<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  const reply = await send(type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  return reply.data;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Polymarket Equilibrage',
    version: '9.8.7',
  });
  const startTimeMs = Date.now() - (Date.now() % 3_600_000);
  before = await startFakePolymarket({ markets: 20, seed: 3, startTimeMs });
  after = await startFakePolymarket({ markets: 20, seed: 11, startTimeMs });
  const store = createStore(openDatabase(), () => Date.now());
  const seeded = await store.settings.update({
    endpoints: endpointsOf(before),
    news: { gdeltEnabled: false, rssFeeds: [] },
  });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));
  background.main();
  await until(async () => (await fakeBrowser.alarms.getAll()).length >= 3);
});

afterAll(async () => {
  before.dropSockets();
  after.dropSockets();
  await before.close();
  await after.close();
});

describe('endpoints changed in the settings', () => {
  it('the first research request after the change goes to the new endpoints, no pass needed', async () => {
    const first = before.state.markets[0];
    if (!first) throw new Error('the first fake has no market');
    // The worker has talked to the first endpoints: its clients for them are built and kept.
    const old = (await data('research.buildMarketDataset', {
      ref: first.slug,
      days: 1,
    })) as MarketDatasetResult;
    expect(old.ok && old.markets.map((m) => m.question)).toEqual([first.question]);
    expect(after.requestLog.entries).toHaveLength(0);

    await data('settings.update', { patch: { endpoints: endpointsOf(after) } });
    before.requestLog.reset();
    const picked = after.state.markets.find((m) => !before.state.markets.some((b) => b.slug === m.slug));
    if (!picked) throw new Error('the second fake has no market of its own');
    const reply = await send('research.buildMarketDataset', { ref: picked.slug, days: 1 });

    expect(reply.ok ? '' : reply.error.message).not.toMatch(/Could not reach Polymarket/);
    const result = (reply.ok ? reply.data : null) as MarketDatasetResult | null;
    expect(result?.ok && result.markets.map((m) => m.question)).toEqual([picked.question]);
    expect(after.requestLog.entries.filter((e) => e.api === 'gamma').length).toBeGreaterThan(0);
    expect(after.requestLog.entries.filter((e) => e.api === 'clob').length).toBeGreaterThan(0);
    expect(before.requestLog.entries.filter((e) => e.api !== 'web')).toEqual([]);
  });
});
