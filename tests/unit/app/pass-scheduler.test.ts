import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler } from '../../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { createMessageHandlers } from '../../../lib/app/messages/message-handlers';
import { createPassScheduler } from '../../../lib/app/passes/pass-scheduler';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

let n = 0;

async function setup() {
  fakeBrowser.reset();
  const db = new EquilibrageDatabase(`scheduler-test-${++n}`);
  const store = createStore(db, () => 1_000);
  const ran: string[] = [];
  let id = 0;
  const scheduler = createPassScheduler({
    alarms: createAlarmScheduler(),
    lock: createPassLock(undefined),
    clock: { now: () => 1_000 },
    ids: { next: () => `id-${++id}` },
    log: store.passLog,
    settings: () => store.settings.get(),
    bodies: {
      scan: async (ctx) => {
        ran.push('scan');
        ctx.addRequests(2);
        return 'test scan';
      },
      monitor: async () => {
        ran.push('monitor');
        return 'test monitor';
      },
      whales: async () => {
        ran.push('whales');
        return 'test whales';
      },
    },
  });
  return { db, store, scheduler, ran };
}

describe('pass scheduler', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it('creates one alarm per pass at the configured period', async () => {
    await s.scheduler.sync(DEFAULT_SETTINGS);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(Object.fromEntries(alarms.map((a) => [a.name, a.periodInMinutes]))).toEqual({
      'pass:scan': 5,
      'pass:monitor': 0.5,
      'pass:whales': 10,
    });
  });

  it('does not push back an alarm that already has the right period', async () => {
    await s.scheduler.sync(DEFAULT_SETTINGS);
    const before = await fakeBrowser.alarms.get('pass:scan');
    await new Promise((r) => setTimeout(r, 5));
    await s.scheduler.sync(DEFAULT_SETTINGS);
    const after = await fakeBrowser.alarms.get('pass:scan');
    expect(after?.scheduledTime).toBe(before?.scheduledTime);
  });

  it('re-creates the alarms when the settings change the periods', async () => {
    await s.scheduler.sync(DEFAULT_SETTINGS);
    const handlers = createMessageHandlers({
      store: s.store,
      scheduler: s.scheduler,
      clock: { now: () => 1_000 },
      version: '0.0.0',
    });
    const update = handlers['settings.update'];
    if (!update) throw new Error('missing handler');
    await update({ patch: { passes: { scanMinutes: 15 } } }, { kind: 'extension-page', url: undefined });
    expect((await fakeBrowser.alarms.get('pass:scan'))?.periodInMinutes).toBe(15);
  });

  it('runs the matching pass when its alarm fires and logs it', async () => {
    await s.scheduler.sync(DEFAULT_SETTINGS);
    const alarm = await fakeBrowser.alarms.get('pass:scan');
    if (!alarm) throw new Error('no alarm');
    const result = await s.scheduler.onAlarm(alarm.name);
    expect(s.ran).toEqual(['scan']);
    expect(result).toMatchObject({
      ran: true,
      row: { pass: 'scan', outcome: 'ok', requestCount: 2, summary: 'test scan' },
    });
    expect((await s.store.passLog.latest('scan'))?.summary).toBe('test scan');
  });

  it('ignores alarms that are not passes', async () => {
    await expect(s.scheduler.onAlarm('vault:auto-lock')).resolves.toBeUndefined();
    expect(s.ran).toEqual([]);
  });
});
