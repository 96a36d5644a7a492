import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestMetric } from '../../../lib/adapters/polymarket/http/request-metric';
import { ApiMetricsRecorder } from '../../../lib/adapters/storage/api-metrics-recorder';
import type { Timers } from '../../../lib/adapters/storage/buffered-writer';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { ApiMetricsRepository } from '../../../lib/adapters/storage/repositories/api-metrics-repository';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { wsEventsRecorder } from '../../../lib/adapters/storage/ws-events-recorder';
import { wsUptime } from '../../../lib/core/metrics/ws-uptime';

let db: EquilibrageDatabase;
let store: Store;
let counter = 0;

beforeEach(async () => {
  db = new EquilibrageDatabase(`metrics-store-${++counter}`);
  await db.open();
  store = createStore(db, () => 0);
});
afterEach(async () => {
  await db.delete();
});

/** Timers that run only when told to. */
function manualTimers() {
  const pending: (() => void)[] = [];
  const timers: Timers = {
    setTimeout: (fn) => pending.push(fn),
    clearTimeout: () => undefined,
  };
  return { timers, pending };
}

const metric: RequestMetric = {
  api: 'clob',
  host: 'clob.polymarket.com',
  endpoint: '/book',
  method: 'GET',
  status: 200,
  latencyMs: 12,
  attempt: 1,
  outcome: 'ok',
};

describe('API metrics recorder', () => {
  it('batches writes: 300 requests are one bulk write after the interval', async () => {
    const { timers, pending } = manualTimers();
    let writes = 0;
    const repo = new ApiMetricsRepository(db);
    const counting = Object.assign(Object.create(repo) as ApiMetricsRepository, {
      addMany: async (rows: Parameters<ApiMetricsRepository['addMany']>[0]) => {
        writes++;
        await repo.addMany(rows);
      },
    });
    const recorder = new ApiMetricsRecorder(counting, { clock: { now: () => 1_000 }, timers });
    for (let i = 0; i < 300; i++) recorder.sink(metric);
    recorder.sink({ ...metric, outcome: 'cached', attempt: 0, status: null, latencyMs: 0 });
    expect(pending).toHaveLength(1);
    expect(await store.apiMetrics.count()).toBe(0);
    await recorder.flush();
    expect(writes).toBe(1);
    expect(await store.apiMetrics.count()).toBe(300);
    expect((await store.apiMetrics.since(0))[0]).toMatchObject({ ...metric, at: 1_000 });
  });

  it('flushes early at the batch size and never throws into the HTTP layer', async () => {
    const { timers } = manualTimers();
    const errors: unknown[] = [];
    const failing = Object.assign(Object.create(store.apiMetrics) as ApiMetricsRepository, {
      addMany: async () => {
        throw new Error('disk full');
      },
    });
    const recorder = new ApiMetricsRecorder(failing, {
      clock: { now: () => 0 },
      timers,
      onError: (e) => errors.push(e),
    });
    for (let i = 0; i < 500; i++) recorder.sink(metric);
    await recorder.flush();
    expect(errors).toHaveLength(1);
    expect(recorder.pending).toBe(0);
  });

  it('prunes to the last 24 h and a row cap', async () => {
    const repo = new ApiMetricsRepository(db, 24 * 3_600_000, 50);
    const day = 24 * 3_600_000;
    await repo.addMany(Array.from({ length: 100 }, (_, i) => ({ ...metric, at: i < 20 ? 0 : day + i })));
    expect(await repo.prune(day + 1_000)).toBe(50);
    const left = await repo.since(0);
    expect(left).toHaveLength(50);
    expect(left[0]?.at).toBe(day + 50);
  });
});

describe('websocket events', () => {
  it('records up, down and reconnects, which give uptime', async () => {
    let now = 0;
    const onStatus = wsEventsRecorder(store.metricEvents, { now: () => now });
    onStatus('connecting');
    onStatus('open');
    now = 400;
    onStatus('reconnecting');
    now = 600;
    onStatus('connecting');
    onStatus('open');
    now = 900;
    onStatus('closed');
    await new Promise((r) => setTimeout(r, 20));
    const events = await store.metricEvents.since(0);
    expect(events.map((e) => [e.at, e.kind])).toEqual([
      [0, 'ws_up'],
      [400, 'ws_down'],
      [400, 'ws_reconnect'],
      [600, 'ws_up'],
      [900, 'ws_down'],
    ]);
    expect(wsUptime(events, 0, 1_000)).toMatchObject({ uptime: 0.7, reconnects: 1 });
  });
});
