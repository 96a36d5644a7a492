import { computeHealthMetrics, type HealthMetrics } from '../../core/metrics/health-metrics';
import type { BucketsFor } from '../../core/metrics/rate-headroom';
import type { RequestSample } from '../../core/metrics/request-sample';
import type { OrderRecord, PassRecord } from '../../core/metrics/trading-stats';
import { type WsEvent, wsUpAt } from '../../core/metrics/ws-uptime';
import type { Clock } from '../../ports';

/** Where the Health view's records come from (the store in production; arrays in tests). */
export interface HealthMetricSources {
  requestsSince(from: number): Promise<RequestSample[]>;
  wsEventsSince(from: number): Promise<WsEvent[]>;
  /** The last websocket event before `at` (to know whether it was up when the window opens). */
  wsEventBefore(at: number): Promise<WsEvent | undefined>;
  ordersSince(from: number): Promise<OrderRecord[]>;
  recentPasses(limit: number): Promise<PassRecord[]>;
}

export interface HealthMetricsOptions {
  windowMs?: number;
  rateWindowMs?: number;
  passLimit?: number;
}

/** Loads the records of the window and computes the Health view's metrics (for a 'health.metrics' message). */
export async function loadHealthMetrics(
  sources: HealthMetricSources,
  clock: Clock,
  bucketsFor: BucketsFor,
  options: HealthMetricsOptions = {},
): Promise<HealthMetrics> {
  const now = clock.now();
  const windowMs = options.windowMs ?? 3_600_000;
  const rateWindowMs = options.rateWindowMs ?? 10_000;
  const from = now - Math.max(windowMs, rateWindowMs);
  const [requests, wsEvents, before, orders, passes] = await Promise.all([
    sources.requestsSince(from),
    sources.wsEventsSince(now - windowMs),
    sources.wsEventBefore(now - windowMs),
    sources.ordersSince(now - windowMs),
    sources.recentPasses(options.passLimit ?? 200),
  ]);
  return computeHealthMetrics({
    now,
    windowMs,
    requests,
    wsEvents,
    wsUpAtStart: before ? wsUpAt([before], now - windowMs) : false,
    orders,
    passes,
    bucketsFor,
    rateWindowMs,
  });
}
