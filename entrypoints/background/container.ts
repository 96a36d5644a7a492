import { browser } from 'wxt/browser';
import { createAlarmScheduler } from '../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../lib/adapters/scheduler/pass-lock';
import { openDatabase } from '../../lib/adapters/storage/database';
import { createStore } from '../../lib/adapters/storage/store';
import { createMessageHandlers } from '../../lib/app/message-handlers';
import { createPassBodies } from '../../lib/app/pass-bodies';
import { createPassScheduler } from '../../lib/app/pass-scheduler';
import { createRouter } from '../../lib/messaging/router';
import type { Clock, IdSource } from '../../lib/ports';

/** Build every long-lived object of the service worker. Composition only: no business rules here. */
export function createContainer() {
  const clock: Clock = { now: () => Date.now() };
  const ids: IdSource = { next: () => crypto.randomUUID() };
  const store = createStore(openDatabase(), clock.now);
  const scheduler = createPassScheduler({
    alarms: createAlarmScheduler(),
    lock: createPassLock(),
    clock,
    ids,
    log: store.passLog,
    settings: () => store.settings.get(),
    bodies: createPassBodies({ store, clock }),
  });
  const handlers = createMessageHandlers({
    store,
    scheduler,
    version: browser.runtime.getManifest().version,
  });
  const router = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

  return {
    store,
    scheduler,
    router,
    /** Work to do on every worker start: alarms re-created to match the settings. */
    async start(): Promise<void> {
      await scheduler.sync(await store.settings.get());
    },
  };
}
