import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler } from '../../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { createLiveModeDrop } from '../../../lib/app/live-mode/live-mode-drop';
import { withApprovedSigner } from '../../../lib/app/live-mode/live-signer-check';
import { createMessageHandlers } from '../../../lib/app/messages/message-handlers';
import { createPassScheduler } from '../../../lib/app/passes/pass-scheduler';
import type { Exchange } from '../../../lib/app/ports/exchange-port';
import { LAST_DOCTOR_REPORT_KEY } from '../../../lib/app/wallet-doctor/last-report';
import { LIVE_STOP_KEY, liveStopSchema } from '../../../lib/core/model/rows/live-stop';
import { ENGLISH_WORDS } from '../../../lib/core/notify/english-words';
import { FRENCH_WORDS } from '../../../lib/core/notify/french-words';
import type { NotificationEvent } from '../../../lib/core/notify/notification-event';
import type { DoctorReport } from '../../../lib/core/wallet-doctor/doctor-report';
import type { Handlers } from '../../../lib/messaging/router';

const SIGNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const OTHER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const page = { kind: 'extension-page' as const, url: 'chrome-extension://id/options.html' };
const report: DoctorReport = {
  checkedAt: 1_000,
  signer: SIGNER,
  funder: SIGNER,
  signatureType: 0,
  checks: [
    {
      id: 'region',
      status: 'pass',
      title: { key: 'a', params: {} },
      explanation: { key: 'b', params: {} },
      fix: null,
    },
  ],
};

let db: EquilibrageDatabase;
let store: Store;
let sent: NotificationEvent[];
let n = 0;

function setUp() {
  const clock = { now: () => 2_000 };
  const drop = createLiveModeDrop({
    store,
    notifier: { notify: async (event) => void sent.push(event) },
    clock,
    log: { warn: () => undefined },
  });
  const scheduler = createPassScheduler({
    alarms: createAlarmScheduler(),
    lock: createPassLock(undefined),
    clock,
    ids: { next: () => 'id' },
    log: store.passLog,
    settings: () => store.settings.get(),
    bodies: { scan: async () => '', monitor: async () => '', whales: async () => '' },
  });
  const handlers = createMessageHandlers({
    store,
    scheduler,
    clock,
    version: '0',
    afterSettingsChange: drop.afterSettingsChange,
  });
  return { drop, handlers };
}

async function goLive() {
  const result = await store.settings.update({ mode: 'live' });
  expect(result.ok).toBe(true);
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = new EquilibrageDatabase(`live-drop-${++n}`);
  await db.open();
  store = createStore(db, () => 2_000);
  sent = [];
});
afterEach(async () => {
  await db.delete();
});

describe('live mode holds only while its checks hold', () => {
  it.each([
    [{ wallet: { signatureType: 1, funderAddress: OTHER } }, 'signature_type_changed'],
    [{ wallet: { funderAddress: OTHER } }, 'funder_changed'],
    [{ endpoints: { clobUrl: 'https://clob.example.com' } }, 'endpoint_changed'],
    [{ endpoints: { polygonRpcUrl: 'https://rpc.example.com' } }, 'endpoint_changed'],
  ])('%j drops the bot back to paper and says why', async (patch, reason) => {
    const { handlers } = setUp();
    await goLive();
    const reply = await handlers['settings.update']?.({ patch }, page);
    expect(reply).toMatchObject({ ok: true, settings: { mode: 'paper' } });
    expect((await store.settings.get()).mode).toBe('paper');
    expect(sent).toEqual([{ type: 'live_stopped', reason }]);
    expect(await store.runtime.get(LIVE_STOP_KEY, liveStopSchema)).toEqual({ reason, at: 2_000 });
  });

  it('other changes leave live mode on, and paper mode is never "dropped"', async () => {
    const { handlers } = setUp();
    await goLive();
    await handlers['settings.update']?.({ patch: { strategy: { takeProfit: 0.4 } } }, page);
    expect((await store.settings.get()).mode).toBe('live');
    await store.settings.update({ mode: 'paper' });
    await handlers['settings.update']?.({ patch: { endpoints: { clobUrl: 'https://x.example.com' } } }, page);
    expect(sent).toEqual([]);
  });

  it('after a stop, live needs a doctor report made since then', async () => {
    const { drop } = setUp();
    await store.runtime.set(LAST_DOCTOR_REPORT_KEY, report);
    await goLive();
    await drop.drop('endpoint_changed');
    let switched = 0;
    const handlers = drop.wrapSetLive({
      'mode.setLive': async () => {
        switched++;
        return store.settings.get();
      },
    });
    await expect(handlers['mode.setLive']?.({ confirm: true }, page)).rejects.toMatchObject({
      code: 'live_refused_walletChanged',
    });
    expect(switched).toBe(0);
    await store.runtime.set(LAST_DOCTOR_REPORT_KEY, { ...report, checkedAt: 3_000 });
    await handlers['mode.setLive']?.({ confirm: true }, page);
    expect(switched).toBe(1);
    expect(await store.runtime.get(LIVE_STOP_KEY, liveStopSchema)).toBeUndefined();
  });

  it('removing or replacing the wallet drops live mode', async () => {
    const { drop } = setUp();
    const wallet: Handlers = {
      'wallet.remove': async () => ({
        hasWallet: false,
        unlocked: false,
        address: null,
        hasApiCredentials: false,
        autoLockAt: null,
      }),
    };
    await goLive();
    await drop.wrapWalletHandlers(wallet)['wallet.remove']?.({ confirm: 'REMOVE' }, page);
    expect((await store.settings.get()).mode).toBe('paper');
    expect(sent).toEqual([{ type: 'live_stopped', reason: 'wallet_removed' }]);
  });

  it('a live order is refused, and live mode stopped, when another key would sign', async () => {
    const { drop } = setUp();
    await store.runtime.set(LAST_DOCTOR_REPORT_KEY, report);
    await goLive();
    const exchange = { name: 'live' } as unknown as Exchange;
    let signer = SIGNER;
    const exchangeFor = withApprovedSigner(async () => exchange, {
      store,
      signer: async () => signer,
      drop: drop.drop,
    });
    const settings = await store.settings.get();
    await expect(exchangeFor('live', settings)).resolves.toBe(exchange);
    signer = OTHER;
    await expect(exchangeFor('live', settings)).rejects.toMatchObject({ code: 'live_signer_changed' });
    expect((await store.settings.get()).mode).toBe('paper');
    expect(sent).toEqual([{ type: 'live_stopped', reason: 'signer_changed' }]);
    // Paper orders are not concerned.
    await expect(exchangeFor('paper', settings)).resolves.toBe(exchange);
  });

  it('says why in English and in French', () => {
    const event = { type: 'live_stopped', reason: 'funder_changed' } as const;
    expect(ENGLISH_WORDS.liveStopped(event)).toEqual({
      title: 'Live trading stopped: back to paper',
      lines: [expect.stringContaining('The funder address changed.')],
    });
    expect(FRENCH_WORDS.liveStopped(event)).toEqual({
      title: 'Trading réel arrêté : retour au papier',
      lines: [expect.stringContaining('L’adresse de financement a changé.')],
    });
  });
});
