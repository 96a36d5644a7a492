import { browser } from 'wxt/browser';
import type { AlarmScheduler } from '../../ports';

/**
 * chrome.alarms behind the AlarmScheduler port. An alarm is created only when missing or when its
 * period changed: re-creating an existing alarm would push its next run back.
 */
export function createAlarmScheduler(): AlarmScheduler {
  return {
    async ensure(name, periodMinutes) {
      const existing = await browser.alarms.get(name);
      if (existing && existing.periodInMinutes === periodMinutes) return;
      await browser.alarms.create(name, {
        periodInMinutes: periodMinutes,
        delayInMinutes: Math.min(periodMinutes, 1),
      });
    },
    async clear(name) {
      await browser.alarms.clear(name);
    },
  };
}
