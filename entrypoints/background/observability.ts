import { updateBadge } from '../../lib/adapters/notify/badge';
import { createNotifications } from '../../lib/adapters/notify/create-notifications';
import { ApiMetricsRecorder } from '../../lib/adapters/storage/api-metrics-recorder';
import { PersistentLogSink } from '../../lib/adapters/storage/persistent-log-sink';
import type { Store } from '../../lib/adapters/storage/store';
import { BrowserSessionStore } from '../../lib/adapters/vault/browser-stores';
import { createActivityFollowUp } from '../../lib/app/notify/activity-follow-up';
import { Logger } from '../../lib/log/logger';
import type { Clock } from '../../lib/ports';

/** Logs (kept across restarts, redacted), API metrics, notifications and the badge. Composition only. */
export function createObservability(store: Store, clock: Clock) {
  const logger = new Logger({ clock, scope: 'background' });
  logger.addSink(new PersistentLogSink(store.logs, { clock }).sink);
  const apiMetrics = new ApiMetricsRecorder(store.apiMetrics, {
    clock,
    onError: (error) => logger.warn('API metrics not saved', { error: String(error) }),
  });
  const { notifier, telegramToken } = createNotifications({
    store,
    session: new BrowserSessionStore(),
    clock,
    logger,
  });
  const followUp = createActivityFollowUp({ store, notifier, badge: updateBadge });
  return {
    logger,
    apiMetrics,
    notifier,
    telegramToken,
    /** After every pass and trading action: announce what changed, refresh the badge. Never throws. */
    followUp: () =>
      followUp().catch((error: unknown) => logger.warn('Follow-up failed', { error: String(error) })),
  };
}
