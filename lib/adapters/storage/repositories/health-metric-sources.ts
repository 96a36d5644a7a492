import type { HealthMetricSources } from '../../../app/diagnostics/health-metrics';
import type { Store } from '../store';

/** HealthMetricSources over the store: API metrics, websocket events, trades (as orders), pass log. */
export function healthMetricSources(store: Store): HealthMetricSources {
  return {
    requestsSince: (from) => store.apiMetrics.since(from),
    wsEventsSince: (from) => store.metricEvents.since(from),
    wsEventBefore: (at) => store.metricEvents.lastBefore(at),
    ordersSince: async (from) => {
      const trades = await store.db.trades.where('executedAt').aboveOrEqual(from).toArray();
      return trades.map((t) => ({ status: t.status, reason: t.reason }));
    },
    recentPasses: (limit) => store.passLog.recent(limit),
  };
}
