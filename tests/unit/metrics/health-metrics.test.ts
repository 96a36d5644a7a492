import { afterEach, describe, expect, it } from 'vitest';
import { bucketsFor } from '../../../lib/adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../../../lib/adapters/polymarket/http/polymarket-endpoints';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { healthMetricSources } from '../../../lib/adapters/storage/repositories/health-metric-sources';
import { createStore } from '../../../lib/adapters/storage/store';
import { loadHealthMetrics } from '../../../lib/app/diagnostics/health-metrics';
import { REQUEST_LOG } from './request-log';

const db = new EquilibrageDatabase('health-metrics-test');
afterEach(async () => {
  await db.delete();
});

describe('health metrics from the store', () => {
  it('loads the window and computes every figure', async () => {
    await db.open();
    const store = createStore(db, () => 0);
    await store.apiMetrics.addMany(REQUEST_LOG.map((r) => ({ ...r, api: r.api as PolymarketApi })));
    await store.metricEvents.add({ at: 0, kind: 'ws_up', detail: null });
    await store.passLog.put({
      id: 'p1',
      pass: 'scan',
      startedAt: 100,
      finishedAt: 2_100,
      durationMs: 2_000,
      outcome: 'ok',
      error: null,
      requestCount: 24,
      summary: null,
    });
    const metrics = await loadHealthMetrics(
      healthMetricSources(store),
      { now: () => 10_000 },
      (api, endpoint) => bucketsFor(api as PolymarketApi, endpoint),
    );
    expect(metrics.requestCount).toBe(24);
    expect(metrics.latencyByEndpoint[0]).toMatchObject({ key: 'clob /book', p50: 100, p95: 190 });
    expect(metrics.errorRateByEndpoint[0]).toMatchObject({ key: 'gamma /markets', rate: 0.25 });
    expect(metrics.rateHeadroom.find((r) => r.bucket === 'all')?.used).toBe(24);
    expect(metrics.passDurations).toEqual([
      { pass: 'scan', failures: 0, count: 1, p50: 2_000, p95: 2_000, max: 2_000 },
    ]);
    expect(metrics.websocket).toMatchObject({ reconnects: 0 });
    expect(metrics.liquidationSuccessRate.rate).toBeNull();
  });
});
