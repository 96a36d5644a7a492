import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { openDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { MessageType, RequestOf } from '../../../lib/messaging/protocol';
import { protocol } from '../../../lib/messaging/protocol';
import type { Reply } from '../../../lib/messaging/reply';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';

/**
 * The REAL service worker: entrypoints/background's main() on WXT's fake browser, fake-indexeddb
 * and the in-process fake Polymarket (its URLs in the settings, as a user would type them). Every
 * request goes through the listener main() registers and the router it built.
 */

let fake: FakePolymarket;
let store: Store;
let endpoints: Record<string, string>;
const startErrors: unknown[] = [];

/**
 * The router's own refusals (a reply with one of these never reached a handler), and what an
 * uncaught failure of a handler is serialised as (a crash, not an answer).
 */
const NOT_AN_ANSWER = [
  'unknown_message',
  'forbidden_sender',
  'invalid_request',
  'not_available',
  'unexpected',
];
const WALLET = `0x${'1'.repeat(40)}`;

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') });

/** What the listener main() registered answers to a message from `sender` (it is the only listener). */
async function deliver(message: unknown, sender: object): Promise<Reply<unknown>> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  expect(answers).toHaveLength(1);
  return answers[0] as Reply<unknown>;
}

/** A request as a page of the extension sends it. */
function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<unknown>> {
  return deliver({ channel: 'equilibrage', type, payload }, page());
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
  // The fake browser has no manifest: the one thing main() reads of it is the version.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Polymarket Equilibrage',
    version: '9.8.7',
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    startErrors.push(args);
  });
  // The worker's clock is the computer's: the fake's markets start now.
  fake = await startFakePolymarket({
    markets: 150,
    seed: 5,
    startTimeMs: Date.now() - (Date.now() % 3_600_000),
  });
  endpoints = {
    gammaUrl: fake.gammaUrl,
    clobUrl: fake.clobUrl,
    dataUrl: fake.dataUrl,
    clobWsUrl: fake.wsMarketUrl,
    geoblockUrl: fake.geoblockUrl,
    // Nothing answers JSON-RPC there: the doctor's chain checks fail without leaving the machine.
    polygonRpcUrl: `http://127.0.0.1:${fake.port}/no-rpc`,
  };
  store = createStore(openDatabase(), () => Date.now());
  const seeded = await store.settings.update({ endpoints, news: { gdeltEnabled: false, rssFeeds: [] } });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));

  background.main();
  // start() ends by matching the alarms to the settings and starting the socket monitor.
  await until(async () => (await fakeBrowser.alarms.getAll()).length >= 3);
});

afterAll(async () => {
  fake.dropSockets();
  await fake.close();
});

/** A payload for every message of the protocol (a new message without one here does not compile). */
const PAYLOADS: { [T in MessageType]: () => RequestOf<T> } = {
  'status.get': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ patch: { strategy: { maxPositions: 7 } } }),
  'settings.reset': () => ({}),
  'killSwitch.set': () => ({ on: false }),
  'pass.run': () => ({ pass: 'monitor' }),
  'overlay.scores': () => ({ slugs: [fake.state.markets[0]?.slug ?? 'none'] }),
  'wallet.status': () => ({}),
  'wallet.stayUnlocked': () => ({}),
  'wallet.import': () => ({ privateKey: '0x1234', passphrase: 'a long enough passphrase' }),
  'wallet.unlock': () => ({ passphrase: 'not the one' }),
  'wallet.lock': () => ({}),
  'wallet.changePassphrase': () => ({ current: 'not the one', next: 'a new long passphrase' }),
  'wallet.remove': () => ({ confirm: 'REMOVE' }),
  'overlay.display': () => ({}),
  'overlay.positions': () => ({}),
  'overlay.openEntry': () => ({ slug: fake.state.markets[0]?.slug ?? 'none' }),
  'endpoints.check': () => ({}),
  'realtime.status': () => ({}),
  'notify.test': () => ({ channel: 'browser' }),
  'telegram.setToken': () => ({ token: `123456:${'A'.repeat(35)}` }),
  'telegram.tokenStatus': () => ({}),
  'telegram.clearToken': () => ({}),
  'health.metrics': () => ({}),
  'logs.recent': () => ({ limit: 20 }),
  'logs.export': () => ({}),
  'position.preview': () => ({ marketId: fake.state.markets[0]?.id ?? 'none' }),
  'position.enter': () => ({ marketId: fake.state.markets[0]?.id ?? 'none' }),
  'position.close': () => ({ positionId: 'no-such-position' }),
  'positions.closeAll': () => ({}),
  'paper.reset': () => ({}),
  'positions.redeem': () => ({ positionId: 'no-such-position' }),
  'positions.redeemAll': () => ({}),
  'positions.redeemCheck': () => ({}),
  'doctor.status': () => ({}),
  'doctor.run': () => ({}),
  'doctor.refreshExchange': () => ({}),
  'doctor.approvals': () => ({}),
  'doctor.approve': () => ({ id: 'pusd:exchange' }),
  'mode.setLive': () => ({ confirm: true }),
  'research.buildDataset': () => ({ marketIds: [fake.state.markets[0]?.id ?? 'none'], days: 1 }),
  'research.buildMarketDataset': () => ({ ref: fake.state.markets[0]?.id ?? 'none', days: 1 }),
  'whales.setTracked': () => ({ walletAddress: WALLET, tracked: true }),
  'kalshi.setKey': () => ({ keyId: 'not-a-uuid', privateKeyPem: 'not a key' }),
  'kalshi.keyStatus': () => ({}),
  'kalshi.removeKey': () => ({}),
  'relayer.setKey': () => ({ apiKey: 'short', address: 'not-an-address' }),
  'relayer.keyStatus': () => ({}),
  'relayer.removeKey': () => ({}),
  'crossVenue.list': () => ({}),
  'crossVenue.forMarket': () => ({ marketId: fake.state.markets[0]?.id ?? 'none' }),
  'crossVenue.refresh': () => ({}),
  'crossVenue.setVerdict': () => ({ id: 'no|such-pair', verdict: 'rejected' }),
  'crossVenue.pair': () => ({ polymarketId: fake.state.markets[0]?.id ?? 'none', kalshiId: 'KXNONE' }),
};

describe('the background main() on the fake browser', () => {
  it('starts without error and sets the pass alarms and the version', async () => {
    expect(startErrors).toEqual([]);
    const alarms = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(alarms).toEqual(expect.arrayContaining(['pass:monitor', 'pass:scan', 'pass:whales']));
    expect(await data('status.get', {})).toEqual({
      mode: 'paper',
      killSwitch: false,
      openPositions: 0,
      version: '9.8.7',
    });
  });

  it.each(Object.keys(protocol) as MessageType[])('"%s" is answered by its handler', async (type) => {
    const reply = await send(type, PAYLOADS[type]() as never);
    if (!reply.ok) expect(NOT_AN_ANSWER).not.toContain(reply.error.code);
    // settings.reset puts the real hosts back: the next requests must still reach the fake.
    if (type === 'settings.reset') await data('settings.update', { patch: { endpoints } });
  });

  it('a message the protocol does not know is refused by the router, not a crash', async () => {
    const answer = await deliver({ channel: 'equilibrage', type: 'nothing.here', payload: {} }, page());
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
  });

  it('settings round trip: an update is read back, a bad one is refused with the field named', async () => {
    const updated = (await data('settings.update', { patch: { strategy: { maxPositions: 9 } } })) as {
      ok: boolean;
    };
    expect(updated.ok).toBe(true);
    const settings = (await data('settings.get', {})) as { strategy: { maxPositions: number } };
    expect(settings.strategy.maxPositions).toBe(9);
    const refused = (await data('settings.update', { patch: { strategy: { maxPositions: -3 } } })) as {
      ok: boolean;
      issues: { field: string }[];
    };
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => i.field).join(' ')).toContain('maxPositions');
    expect(((await data('settings.get', {})) as typeof settings).strategy.maxPositions).toBe(9);
  });

  it('a scan run from the popup scores markets of the fake; entering the best one opens a paper position', async () => {
    const run = (await data('pass.run', { pass: 'scan' })) as {
      ran: boolean;
      row: { pass: string; outcome: string; requestCount: number };
    };
    expect(run.ran).toBe(true);
    expect(run.row).toMatchObject({ pass: 'scan' });
    expect(['ok', 'degraded']).toContain(run.row.outcome);
    expect(run.row.requestCount).toBeGreaterThan(0);
    const opportunities = await store.opportunities.all();
    expect(opportunities.length).toBeGreaterThan(0);
    const best = [...opportunities].sort((a, b) => b.score - a.score)[0];
    if (!best) throw new Error('no opportunity');

    const scores = (await data('overlay.scores', { slugs: [best.slug] })) as { marketId: string }[];
    expect(scores.map((s) => s.marketId)).toEqual([best.marketId]);

    const entered = (await data('position.enter', { marketId: best.marketId })) as { positionId?: string };
    expect(entered.positionId).toEqual(expect.any(String));
    expect(await data('status.get', {})).toMatchObject({ openPositions: 1, mode: 'paper' });
    const closed = (await data('positions.closeAll', {})) as { message?: string };
    expect(closed.message).toEqual(expect.any(String));
    expect(await data('status.get', {})).toMatchObject({ openPositions: 0 });
  });

  it('a content script is refused the privileged messages but gets the overlay ones', async () => {
    const content = { id: fakeBrowser.runtime.id, url: 'https://polymarket.com/event/x', tab: { id: 1 } };
    const refused = await deliver({ channel: 'equilibrage', type: 'settings.get', payload: {} }, content);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const display = await deliver({ channel: 'equilibrage', type: 'overlay.display', payload: {} }, content);
    expect(display).toEqual({ ok: true, data: { mode: 'paper' } });
  });
});
