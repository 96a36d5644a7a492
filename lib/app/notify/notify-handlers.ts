import type { BucketsFor } from '../../core/metrics/rate-headroom';
import type { NotifyMessage } from '../../messaging/notify-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import { type HealthMetricSources, loadHealthMetrics } from '../diagnostics/health-metrics';
import type { Store } from '../ports/store-port';
import type { TelegramToken } from '../ports/telegram-token-port';
import type { NotificationDispatcher } from './notifier';

export interface NotifyHandlerDeps {
  store: Store;
  notifier: NotificationDispatcher;
  telegramToken: TelegramToken;
  clock: Clock;
  /** Where the health records come from, and each endpoint's rate-limit buckets. */
  healthSources: HealthMetricSources;
  bucketsFor: BucketsFor;
}

/** Notification tests, the Telegram token (write-only), health metrics and logs. */
export function createNotifyHandlers(deps: NotifyHandlerDeps): HandlersFor<NotifyMessage> {
  return {
    'notify.test': ({ channel }) => deps.notifier.test(channel),
    'telegram.setToken': async ({ token }) => {
      await deps.telegramToken.set(token);
      return deps.telegramToken.status();
    },
    'telegram.tokenStatus': () => deps.telegramToken.status(),
    'telegram.clearToken': async () => {
      await deps.telegramToken.clear();
      return deps.telegramToken.status();
    },
    'health.metrics': ({ windowMs }) =>
      loadHealthMetrics(
        deps.healthSources,
        deps.clock,
        deps.bucketsFor,
        windowMs === undefined ? {} : { windowMs },
      ),
    'logs.recent': ({ limit }) => deps.store.logs.recent(limit),
    'logs.export': () => deps.store.logs.exportJsonLines(),
  };
}
