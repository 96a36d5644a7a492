import type { RequestSample } from '../../../core/metrics/request-sample';
import type { PolymarketApi } from './polymarket-endpoints';

export type RequestOutcome = RequestSample['outcome'];

/**
 * One HTTP attempt, as reported to the health metrics: the core's RequestSample before the recorder
 * stamps its time, with the API named. `endpoint` is the route template, never a URL.
 */
export interface RequestMetric extends Omit<RequestSample, 'at' | 'api'> {
  api: PolymarketApi;
}

export type RequestMetricSink = (metric: RequestMetric) => void;
