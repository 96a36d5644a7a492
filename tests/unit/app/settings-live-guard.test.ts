import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler } from '../../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { createMessageHandlers } from '../../../lib/app/messages/message-handlers';
import { createPassScheduler } from '../../../lib/app/passes/pass-scheduler';

describe('settings.update and live mode', () => {
  it('refuses to switch live trading on before the wallet doctor passed, and saves nothing', async () => {
    fakeBrowser.reset();
    const db = new EquilibrageDatabase('live-guard-handler');
    const store = createStore(db, () => 1_000);
    const scheduler = createPassScheduler({
      alarms: createAlarmScheduler(),
      lock: createPassLock(undefined),
      clock: { now: () => 1_000 },
      ids: { next: () => 'id' },
      log: store.passLog,
      settings: () => store.settings.get(),
      bodies: { scan: async () => '', monitor: async () => '', whales: async () => '' },
    });
    const handlers = createMessageHandlers({ store, scheduler, clock: { now: () => 1_000 }, version: '0' });
    const update = handlers['settings.update'];
    if (!update) throw new Error('missing handler');
    await expect(
      update({ patch: { mode: 'live' } }, { kind: 'extension-page', url: undefined }),
    ).rejects.toThrow(/wallet doctor/i);
    expect((await store.settings.get()).mode).toBe('paper');
    // Other changes still go through.
    await expect(
      update(
        { patch: { strategy: { divergenceThreshold: 0.25 } } },
        { kind: 'extension-page', url: undefined },
      ),
    ).resolves.toMatchObject({ ok: true });
    await db.delete();
  });
});
