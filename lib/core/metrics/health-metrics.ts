import { type DurationStats, durationStats } from './percentile';
import { type BucketsFor, type HeadroomRow, rateHeadroom } from './rate-headroom';
import type { RequestSample } from './request-sample';
import {
  type ErrorRateRow,
  errorRateByEndpoint,
  type LatencyRow,
  latencyByEndpoint,
  latencyByHost,
} from './request-stats';
import {
  liquidationSuccessRate,
  type OrderRecord,
  orderErrorRate,
  type PassDurationRow,
  type PassRecord,
  passDurations,
  type Ratio,
} from './trading-stats';
import { type WsEvent, type WsUptime, wsUptime } from './ws-uptime';

export interface HealthMetricsInput {
  now: number;
  /** The window the latency, error and websocket figures cover (e.g. the last hour). */
  windowMs: number;
  requests: readonly RequestSample[];
  wsEvents: readonly WsEvent[];
  wsUpAtStart: boolean;
  orders: readonly OrderRecord[];
  passes: readonly PassRecord[];
  /** The published limits (endpoint-limits.ts `bucketsFor`) and their window (10 s). */
  bucketsFor: BucketsFor;
  rateWindowMs: number;
}

/** Everything the Health view shows, computed in one go from records passed in. */
export interface HealthMetrics {
  at: number;
  windowMs: number;
  requestCount: number;
  overall: DurationStats;
  latencyByHost: LatencyRow[];
  latencyByEndpoint: LatencyRow[];
  errorRateByEndpoint: ErrorRateRow[];
  rateHeadroom: HeadroomRow[];
  orderErrorRate: Ratio;
  liquidationSuccessRate: Ratio;
  passDurations: PassDurationRow[];
  websocket: WsUptime;
}

export function computeHealthMetrics(input: HealthMetricsInput): HealthMetrics {
  const from = input.now - input.windowMs;
  const requests = input.requests.filter((r) => r.at >= from && r.at <= input.now);
  const sent = requests.filter((r) => r.outcome !== 'cached' && r.attempt > 0);
  return {
    at: input.now,
    windowMs: input.windowMs,
    requestCount: sent.length,
    overall: durationStats(sent.map((r) => r.latencyMs)),
    latencyByHost: latencyByHost(requests),
    latencyByEndpoint: latencyByEndpoint(requests),
    errorRateByEndpoint: errorRateByEndpoint(requests),
    rateHeadroom: rateHeadroom(input.requests, input.now, input.rateWindowMs, input.bucketsFor),
    orderErrorRate: orderErrorRate(input.orders),
    liquidationSuccessRate: liquidationSuccessRate(input.orders),
    passDurations: passDurations(input.passes),
    websocket: wsUptime(input.wsEvents, from, input.now, input.wsUpAtStart),
  };
}
