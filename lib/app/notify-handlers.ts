import type { TelegramTokenStore } from '../adapters/notify/telegram-token';
import { bucketsFor } from '../adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../adapters/polymarket/http/polymarket-endpoints';
import { healthMetricSources } from '../adapters/storage/repositories/health-metric-sources';
import type { Store } from '../adapters/storage/store';
import type { Handlers } from '../messaging/router';
import type { Clock } from '../ports';
import { loadHealthMetrics } from './health-metrics';
import type { NotificationDispatcher } from './notifier';

export interface NotifyHandlerDeps {
  store: Store;
  notifier: NotificationDispatcher;
  telegramToken: TelegramTokenStore;
  clock: Clock;
}

/** Notification tests, the Telegram token (write-only), health metrics and logs. */
export function createNotifyHandlers(deps: NotifyHandlerDeps): Handlers {
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
        healthMetricSources(deps.store),
        deps.clock,
        (api, endpoint) => bucketsFor(api as PolymarketApi, endpoint),
        windowMs === undefined ? {} : { windowMs },
      ),
    'logs.recent': ({ limit }) => deps.store.logs.recent(limit),
    'logs.export': () => deps.store.logs.exportJsonLines(),
  };
}
