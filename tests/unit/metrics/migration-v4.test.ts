import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { LATEST_VERSION, migrations } from '../../../lib/adapters/storage/migrations';
import { createStore } from '../../../lib/adapters/storage/store';

const name = 'migration-v4-test';
afterEach(async () => {
  await new EquilibrageDatabase(name).delete();
});

describe('migration v4 (apiMetrics, metricEvents, logs)', () => {
  it('keeps v3 data and adds the three bounded tables', async () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(4);
    expect(migrations.find((m) => m.version === 4)?.stores).toEqual({
      apiMetrics: '++id, at',
      metricEvents: '++id, at, kind',
      logs: '++id, at, level',
    });
    const v3 = new EquilibrageDatabase(name, 3);
    await v3.open();
    await v3.table('runtimeState').put({ key: 'k', value: 1, updatedAt: 1 });
    expect(v3.tables.map((t) => t.name)).not.toContain('apiMetrics');
    v3.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    const store = createStore(db, () => 5);
    expect(await db.runtimeState.get('k')).toMatchObject({ value: 1 });
    await store.apiMetrics.addMany([
      {
        at: 10,
        api: 'clob',
        host: 'h',
        endpoint: '/book',
        method: 'GET',
        status: 200,
        latencyMs: 5,
        attempt: 1,
        outcome: 'ok',
      },
    ]);
    await store.metricEvents.add({ at: 11, kind: 'ws_up', detail: null });
    await store.logs.addMany([
      { at: 12, time: '1970-01-01T00:00:00.012Z', level: 'info', scope: 's', message: 'm', fields: {} },
    ]);
    expect((await store.apiMetrics.since(0))[0]).toMatchObject({ id: 1, endpoint: '/book' });
    expect(await store.metricEvents.lastBefore(100)).toMatchObject({ kind: 'ws_up' });
    expect(await store.logs.exportJsonLines()).toBe(
      '{"time":"1970-01-01T00:00:00.012Z","level":"info","scope":"s","message":"m","fields":{}}',
    );
    db.close();
  });
});
