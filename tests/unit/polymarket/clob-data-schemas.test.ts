import { describe, expect, it } from 'vitest';
import { clobBookSchema, clobBooksSchema } from '../../../lib/adapters/polymarket/schemas/clob-book';
import { clobMarketCompactSchema } from '../../../lib/adapters/polymarket/schemas/clob-market-compact';
import {
  clobLastTradeSchema,
  clobLastTradesSchema,
  clobMidpointSchema,
  clobPricesSchema,
  clobTickSizeSchema,
  clobTokenPriceMapSchema,
} from '../../../lib/adapters/polymarket/schemas/clob-prices';
import { clobPricesHistorySchema } from '../../../lib/adapters/polymarket/schemas/clob-prices-history';
import { dataActivitySchema } from '../../../lib/adapters/polymarket/schemas/data-activity';
import { dataHoldersSchema } from '../../../lib/adapters/polymarket/schemas/data-holders';
import { dataLeaderboardEntrySchema } from '../../../lib/adapters/polymarket/schemas/data-leaderboard';
import { dataPositionSchema } from '../../../lib/adapters/polymarket/schemas/data-position';
import { dataTradeSchema } from '../../../lib/adapters/polymarket/schemas/data-trade';
import { parseRows } from '../../../lib/adapters/polymarket/schemas/parse-rows';
import { fixture } from './fixtures';

describe('CLOB book', () => {
  it('turns the best-last wire book into a best-first domain book (neg-risk fixture)', () => {
    const book = clobBookSchema.parse(fixture('clob-book.negrisk.polywatch.json'));
    expect(book.bids[0]).toEqual({ price: 300_000, size: 60_250_000 });
    expect(book.asks[0]).toEqual({ price: 430_000, size: 8_370_000 });
    expect(book.bids.at(-1)?.price).toBe(10_000);
    expect(book.asks.at(-1)?.price).toBe(990_000);
    expect(book).toMatchObject({
      negRisk: true,
      tickSize: 10_000,
      minOrderSize: 5_000_000,
      lastTradePrice: 430_000,
      timestamp: 1788636850933,
      hash: '392ec3ffd9bb39e5eaa0961367b1c3b34d64eff4',
    });
  });

  it('handles an empty bid side and a 0.001 tick (btc5m fixture)', () => {
    const book = clobBookSchema.parse(fixture('clob-book.btc5m.ra1nty.json'));
    expect(book.bids).toEqual([]);
    expect(book.asks[0]).toEqual({ price: 1_000, size: 385_409_390_000 });
    expect(book.tickSize).toBe(1_000);
    expect(book.negRisk).toBe(false);
    for (let i = 1; i < book.asks.length; i++)
      expect(book.asks[i]?.price).toBeGreaterThan(book.asks[i - 1]?.price ?? 0);
  });

  it.each([
    ['price 1.2', { price: '1.2', size: '1' }],
    ['negative size', { price: '0.5', size: '-1' }],
    ['price text', { price: 'abc', size: '1' }],
  ])('rejects a level with %s', (_, level) => {
    const raw = { ...(fixture('clob-book.negrisk.polywatch.json') as object), bids: [level] };
    expect(clobBookSchema.safeParse(raw).success).toBe(false);
  });

  it('accepts "" last_trade_price as null and a batch', () => {
    const raw = { ...(fixture('clob-book.negrisk.polywatch.json') as object), last_trade_price: '' };
    const [book] = clobBooksSchema.parse([raw]);
    expect(book?.lastTradePrice).toBeNull();
  });
});

describe('CLOB prices', () => {
  it('parses the recorded midpoint, last trade and price history', () => {
    expect(clobMidpointSchema.parse(fixture('clob-midpoint.ra1nty.json'))).toBe(500);
    expect(clobLastTradeSchema.parse(fixture('clob-last-trade-price.ra1nty.json'))).toEqual({
      price: 1_000,
      side: 'BUY',
    });
    const history = clobPricesHistorySchema.parse(fixture('clob-prices-history.ra1nty.json'));
    expect(history[0]).toEqual({ time: 1774165200_000, price: 420_000 });
    expect(history).toHaveLength(4);
  });

  it('parses batch maps and rejects out-of-range prices', () => {
    expect(clobTokenPriceMapSchema.parse({ '1': '0.45', '2': 0.5 })).toEqual(
      new Map([
        ['1', 450_000],
        ['2', 500_000],
      ]),
    );
    expect(clobTokenPriceMapSchema.safeParse({ '1': '1.2' }).success).toBe(false);
    expect(clobPricesSchema.parse({ '1': { BUY: '0.45' } }).get('1')).toEqual({ buy: 450_000, sell: null });
    expect(clobLastTradesSchema.parse([{ token_id: '1', price: '0.5', side: '' }])).toEqual([
      { tokenId: '1', price: 500_000, side: null },
    ]);
    expect(clobTickSizeSchema.parse({ minimum_tick_size: 0.001 })).toBe(1_000);
  });

  it('parses the compact /clob-markets form', () => {
    const info = clobMarketCompactSchema.parse({
      c: '0xabc',
      t: [
        { t: '1', o: 'Yes' },
        { t: '2', o: 'No' },
      ],
      mts: 0.01,
      mos: 5,
      nr: true,
      fd: { r: 0.02, e: 2, to: true },
      mbf: 0,
      tbf: 0,
      r: null,
      ao: true,
    });
    expect(info).toEqual({
      conditionId: '0xabc',
      tokens: [
        { tokenId: '1', outcome: 'Yes' },
        { tokenId: '2', outcome: 'No' },
      ],
      tickSize: 10_000,
      minOrderSize: 5_000_000,
      negRisk: true,
      fee: { rate: 0.02, exponent: 2, takerOnly: true },
      acceptingOrders: true,
    });
    expect(clobMarketCompactSchema.parse({ c: '0x', t: [], mts: '0.01', mos: '5' }).fee).toBeNull();
  });
});

describe('Data API rows', () => {
  it.each(['data-api-trades.ra1nty.json', 'data-api-trades.trader_evaluator.json'])(
    'parses every trade in %s',
    (name) => {
      const parsed = parseRows(dataTradeSchema, fixture(name));
      expect(parsed?.rejected).toEqual([]);
      expect(parsed?.rows.length).toBeGreaterThan(0);
    },
  );

  it('rounds off-tick derived prices to the nearest micro', () => {
    const parsed = parseRows(dataTradeSchema, fixture('data-api-trades.ra1nty.json'));
    const first = parsed?.rows[0];
    expect(first).toMatchObject({ side: 'BUY', size: 3_288_880, price: 900_000, time: 1774166009_000 });
    expect(parsed?.rows[1]?.price).toBe(570_000);
  });

  it('parses the recorded positions and activity', () => {
    const positions = parseRows(dataPositionSchema, fixture('data-api-positions.polywatch.json'));
    expect(positions?.rejected).toEqual([]);
    expect(positions?.rows[0]).toMatchObject({
      size: 88_897_592_600,
      avgPrice: 115_500,
      cashPnl: -10_270_541_600,
    });
    const activity = parseRows(dataActivitySchema, fixture('data-api-activity.polywatch.json'));
    expect(activity?.rejected).toEqual([]);
    expect(activity?.rows[0]).toMatchObject({
      type: 'TRADE',
      usdcSize: 46_000_000,
      price: 460_000,
      side: 'BUY',
    });
  });

  it('rejects bad rows one by one, with reasons', () => {
    const [good] = fixture('data-api-trades.ra1nty.json') as object[];
    const parsed = parseRows(dataTradeSchema, [good, { ...good, price: 1.5 }, { ...good, asset: undefined }]);
    expect(parsed?.rows).toHaveLength(1);
    expect(parsed?.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(parseRows(dataTradeSchema, '<html>')).toBeNull();
  });

  it('parses holders and leaderboard rows (rank as a string)', () => {
    const holders = dataHoldersSchema.parse([
      { token: '1', holders: [{ proxyWallet: '0x1', asset: '1', amount: 12.5, outcomeIndex: 0, name: 'a' }] },
    ]);
    expect(holders[0]?.holders[0]).toEqual({
      wallet: '0x1',
      amount: 12_500_000,
      outcomeIndex: 0,
      name: 'a',
      pseudonym: '',
    });
    const entry = dataLeaderboardEntrySchema.parse({ rank: '3', proxyWallet: '0x2', vol: 100, pnl: -5.5 });
    expect(entry).toEqual({
      rank: 3,
      wallet: '0x2',
      userName: '',
      volume: 100_000_000,
      pnl: -5_500_000,
      verifiedBadge: false,
    });
  });
});
