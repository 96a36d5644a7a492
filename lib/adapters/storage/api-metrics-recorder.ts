import type { RequestMetric } from '../polymarket/http/request-metric';
import { BufferedWriter, type Timers } from './buffered-writer';
import type { ApiMetricsRepository } from './repositories/api-metrics-repository';
import type { ApiMetricRow } from './schema/api-metrics';

export interface ApiMetricsRecorderOptions {
  clock: { now(): number };
  flushMs?: number;
  timers?: Timers;
  /** Cache hits send nothing; recording them is optional. Default false. */
  recordCacheHits?: boolean;
  /** Prune the table every this many flushes. Default 20. */
  pruneEvery?: number;
  onError?(error: unknown): void;
}

/**
 * Feeds the `apiMetrics` table from the HTTP layer's `onRequest` callback, in batches:
 * `createPolymarketClients({ …, onRequest: recorder.sink })`.
 */
export class ApiMetricsRecorder {
  readonly #writer: BufferedWriter<ApiMetricRow>;
  readonly #clock: { now(): number };
  readonly #recordCacheHits: boolean;
  #flushes = 0;

  constructor(repository: ApiMetricsRepository, options: ApiMetricsRecorderOptions) {
    this.#clock = options.clock;
    this.#recordCacheHits = options.recordCacheHits ?? false;
    const pruneEvery = options.pruneEvery ?? 20;
    this.#writer = new BufferedWriter<ApiMetricRow>({
      write: async (batch) => {
        await repository.addMany(batch);
        if (++this.#flushes % pruneEvery === 1) await repository.prune(this.#clock.now());
      },
      ...(options.flushMs === undefined ? {} : { flushMs: options.flushMs }),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
  }

  /** The RequestMetricSink to hand to the HTTP layer. Never throws. */
  readonly sink = (metric: RequestMetric): void => {
    if (metric.outcome === 'cached' && !this.#recordCacheHits) return;
    this.#writer.push({ ...metric, at: this.#clock.now() });
  };

  flush(): Promise<void> {
    return this.#writer.flush();
  }

  get pending(): number {
    return this.#writer.pending;
  }
}
