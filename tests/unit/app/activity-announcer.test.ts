import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { announceActivity } from '../../../lib/app/notify/activity-announcer';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import type { NotificationEvent } from '../../../lib/core/notify/notification-event';

let db: EquilibrageDatabase;
let store: Store;
let n = 0;
let sent: NotificationEvent[];
const notifier = { notify: async (e: NotificationEvent) => void sent.push(e) };

beforeEach(async () => {
  db = new EquilibrageDatabase(`announcer-${++n}`);
  store = createStore(db, () => 1_000);
  sent = [];
});
afterEach(() => db.delete());

function position(status: PositionRow['status'], extra: Partial<PositionRow> = {}): PositionRow {
  return {
    id: 'p1',
    marketId: 'm1',
    marketName: 'Will it rain in Paris?',
    conditionId: '0x1',
    eventId: null,
    yesTokenId: '1',
    noTokenId: '2',
    yesLabel: 'Yes',
    noLabel: 'No',
    entryTime: 1,
    entryPriceYes: 500_000,
    entryPriceNo: 500_000,
    capitalYes: 49_980_000,
    capitalNo: 49_980_000,
    sharesYes: 98_000_000,
    sharesNo: 98_000_000,
    currentPriceYes: 500_000,
    currentPriceNo: 500_000,
    status,
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: 1_960_000,
    pnl: 0,
    mode: 'paper',
    closeReason: null,
    closedAt: null,
    updatedAt: 1,
    strategy: 'balancing',
    ...extra,
  };
}

describe('announceActivity', () => {
  it('only records the state on its first run (no flood of old news)', async () => {
    await store.positions.put(position('active'));
    expect(await announceActivity(store, notifier)).toBe(0);
    expect(sent).toEqual([]);
  });

  it('announces an entry, then the liquidation, then the close — each once', async () => {
    await announceActivity(store, notifier);
    await store.positions.put(position('opening'));
    await announceActivity(store, notifier);
    expect(sent).toEqual([]);

    await store.positions.put(position('active'));
    await announceActivity(store, notifier);
    await announceActivity(store, notifier);
    expect(sent.map((e) => e.type)).toEqual(['entry']);
    expect(sent[0]).toMatchObject({ priceYes: 500_000, cost: 99_960_000, mode: 'paper' });

    await store.positions.put(
      position('liquidated', {
        liquidatedSide: 'yes',
        sharesYes: 0,
        currentPriceYes: 300_000,
        realisedProceeds: 28_576_800,
      }),
    );
    await announceActivity(store, notifier);
    expect(sent[1]).toMatchObject({
      type: 'liquidation',
      side: 'yes',
      price: 300_000,
      pnl: 28_576_800 - 49_980_000,
    });

    await store.positions.put(position('closed', { closeReason: 'take_profit', pnl: 22_546_270 }));
    await announceActivity(store, notifier);
    await announceActivity(store, notifier);
    expect(sent.map((e) => e.type)).toEqual(['entry', 'liquidation', 'close']);
    expect(sent[2]).toMatchObject({ reason: 'take_profit', pnl: 22_546_270 });
  });

  it('reports a failed entry as an error', async () => {
    await announceActivity(store, notifier);
    await store.positions.put(position('closed', { closeReason: 'entry_failed', pnl: -11_720_800 }));
    await announceActivity(store, notifier);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'error', code: 'entry_failed', scope: 'trading' }),
    ]);
  });
});
