import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { orderIntentRow } from '../../../lib/core/model/rows/order-intents';
import { positionRow } from '../../../lib/core/model/rows/positions';
import { tradeRow } from '../../../lib/core/model/rows/trades';
import { venueOf } from '../../../lib/core/model/venue';
import { makeMarket } from '../core/support/markets';

const name = 'migration-v7-test';
afterEach(async () => {
  await new EquilibrageDatabase(name).delete();
});

const v6Position = {
  id: 'p1',
  marketId: 'm1',
  marketName: 'Will it rain?',
  conditionId: '0xc',
  eventId: null,
  yesTokenId: 'y',
  noTokenId: 'n',
  yesLabel: 'Yes',
  noLabel: 'No',
  entryTime: 10,
  entryPriceYes: 500_000,
  entryPriceNo: 500_000,
  capitalYes: 50_000_000,
  capitalNo: 50_000_000,
  sharesYes: 100_000_000,
  sharesNo: 100_000_000,
  currentPriceYes: null,
  currentPriceNo: null,
  status: 'active',
  liquidatedSide: null,
  realisedProceeds: 0,
  feesPaid: 0,
  pnl: 0,
  mode: 'paper',
  closeReason: null,
  closedAt: null,
  updatedAt: 10,
  strategy: 'balancing',
};

const v6Trade = {
  id: 't1',
  positionId: 'p1',
  marketId: 'm1',
  marketName: 'Will it rain?',
  intentId: 'i1',
  side: 'yes',
  action: 'buy',
  reason: 'entry',
  price: 500_000,
  amount: 50_000_000,
  shares: 100_000_000,
  fee: 0,
  transactionHash: null,
  orderId: 'o1',
  status: 'filled',
  error: null,
  mode: 'paper',
  executedAt: 10,
};

const v6Intent = {
  id: 'i1',
  positionId: 'p1',
  marketId: 'm1',
  tokenId: 'y',
  side: 'yes',
  action: 'buy',
  reason: 'entry',
  orderType: 'FOK',
  limitPrice: 500_000,
  amount: 50_000_000,
  mode: 'paper',
  status: 'filled',
  exchangeOrderId: 'o1',
  clientKey: 'k1',
  filledShares: 100_000_000,
  filledAmount: 50_000_000,
  fee: 0,
  error: null,
  createdAt: 10,
  updatedAt: 10,
};

describe('migration v7 (venues)', () => {
  it('records Polymarket as the venue of every row and cached market written before venues existed', async () => {
    const v6 = new EquilibrageDatabase(name, 6);
    await v6.open();
    await v6.table('positions').put(v6Position);
    await v6.table('trades').put(v6Trade);
    await v6.table('orderIntents').put(v6Intent);
    await v6.table('rejections').put({
      marketId: 'm2',
      marketName: 'Will it snow?',
      rule: 'low_liquidity',
      message: 'Liquidity too low',
      scanId: 's1',
      scannedAt: 10,
    });
    const { venue: _none, ...oldMarket } = makeMarket({ id: 'm1' });
    await v6
      .table('markets')
      .put({ id: 'm1', conditionId: '0xc', slug: 's', market: oldMarket, updatedAt: 10 });
    v6.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    const store = createStore(db, () => 20);
    const position = await store.positions.get('p1');
    expect(position?.venue).toBe('polymarket');
    expect(positionRow.safeParse(position).success).toBe(true);
    const trades = await db.trades.toArray();
    expect(trades.map((t) => t.venue)).toEqual(['polymarket']);
    expect(tradeRow.safeParse(trades[0]).success).toBe(true);
    const intents = await db.orderIntents.toArray();
    expect(intents.map((i) => i.venue)).toEqual(['polymarket']);
    expect(orderIntentRow.safeParse(intents[0]).success).toBe(true);
    expect((await db.rejections.toArray()).map((r) => r.venue)).toEqual(['polymarket']);
    // The cached market keeps its key and now says where it trades.
    expect((await store.markets.get('m1'))?.venue).toBe('polymarket');
    db.close();
  });

  it('reads a row without a venue as Polymarket and keeps a Kalshi row as Kalshi', () => {
    expect(venueOf({})).toBe('polymarket');
    expect(venueOf({ venue: 'kalshi' })).toBe('kalshi');
    expect(positionRow.safeParse({ ...v6Position, venue: 'kalshi' }).success).toBe(true);
    expect(positionRow.safeParse({ ...v6Position, venue: 'nasdaq' }).success).toBe(false);
  });
});
