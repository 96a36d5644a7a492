import { browser } from 'wxt/browser';
import type { AutoLockScheduler } from './vault-ports';

/** The alarm whose listener must call `vault.checkAutoLock(Date.now())` (and return its promise). */
export const AUTO_LOCK_ALARM = 'vault-auto-lock';

/** Auto-lock via chrome.alarms (Chrome fires no earlier than 30 s after creation in packed builds). */
export class AlarmAutoLockScheduler implements AutoLockScheduler {
  async schedule(deadline: number): Promise<void> {
    await browser.alarms.create(AUTO_LOCK_ALARM, { when: deadline });
  }

  async cancel(): Promise<void> {
    await browser.alarms.clear(AUTO_LOCK_ALARM);
  }
}
