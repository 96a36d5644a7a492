import { describe, expect, it } from 'vitest';
import { kalshiCandlesticksResponseSchema } from '../../../lib/adapters/kalshi/schemas/candlesticks';
import { kalshiErrorBodySchema } from '../../../lib/adapters/kalshi/schemas/error-body';
import { kalshiEventsPageSchema } from '../../../lib/adapters/kalshi/schemas/event';
import { fixedPointToMicros } from '../../../lib/adapters/kalshi/schemas/fixed-point';
import {
  kalshiMarketResponseSchema,
  kalshiMarketsPageSchema,
} from '../../../lib/adapters/kalshi/schemas/market';
import { kalshiOrderbookResponseSchema } from '../../../lib/adapters/kalshi/schemas/orderbook';
import {
  kalshiBalanceSchema,
  kalshiCancelResponseSchema,
  kalshiCreateOrderResponseSchema,
  kalshiExchangeStatusSchema,
  kalshiOrderResponseSchema,
} from '../../../lib/adapters/kalshi/schemas/portfolio';
import { kalshiTradesPageSchema } from '../../../lib/adapters/kalshi/schemas/trades';
import { kalshiWsFrameSchema } from '../../../lib/adapters/kalshi/schemas/ws-messages';
import { describeIssues } from '../../../lib/adapters/polymarket/schemas/wire-primitives';
import { kalshiFixture } from './fixtures';

const reasonFor = (result: { success: boolean; error?: unknown }) =>
  result.success ? 'accepted' : describeIssues(result.error as Parameters<typeof describeIssues>[0]);

describe('Kalshi fixed-point strings', () => {
  it('parse exactly into micros, never through a float', () => {
    expect(fixedPointToMicros('0.5600')).toBe(560_000);
    expect(fixedPointToMicros('0.0010')).toBe(1_000);
    expect(fixedPointToMicros('0.010000')).toBe(10_000);
    expect(fixedPointToMicros('4918.41')).toBe(4_918_410_000);
    expect(fixedPointToMicros('-54.00')).toBe(-54_000_000);
    expect(fixedPointToMicros('0.1234567')).toBeNull();
    expect(fixedPointToMicros('1e-3')).toBeNull();
  });
});

describe('Kalshi schemas accept the documented payloads', () => {
  it('market (§9.1, with the two removed fields ignored) and a markets page', () => {
    const { market } = kalshiMarketResponseSchema.parse(kalshiFixture('market.starship.docs.json'));
    expect(market.ticker).toBe('KXSPACEXSTARSHIP-12-26MAY19');
    expect([market.yesBid, market.yesAsk, market.noBid, market.lastPrice]).toEqual([
      600_000, 670_000, 330_000, 600_000,
    ]);
    expect(market.priceRanges).toEqual([{ start: 0, end: 1_000_000, step: 10_000 }]);
    expect(market.volume).toBe(4_918_410_000);
    expect(market.closeTime).toBe(Date.parse('2026-05-20T03:59:00Z'));
    const page = kalshiMarketsPageSchema.parse(kalshiFixture('CONSTRUCTED.markets-page.json'));
    expect([page.markets.length, page.cursor]).toEqual([1, 'CgwI2b']);
  });

  it('order book (§9.2): bids only per outcome, in micros', () => {
    const lists = kalshiOrderbookResponseSchema.parse(kalshiFixture('orderbook.docs.json'));
    expect(lists.yesBids.at(-1)).toEqual({ price: 420_000, size: 13_000_000 });
    expect(lists.noBids.at(-1)).toEqual({ price: 560_000, size: 17_000_000 });
    expect(kalshiOrderbookResponseSchema.parse({ orderbook_fp: { yes_dollars: null } })).toEqual({
      yesBids: [],
      noBids: [],
    });
  });

  it('create-order response (§9.3), order, cancel, balance, exchange status, events, trades, candles', () => {
    expect(kalshiCreateOrderResponseSchema.parse(kalshiFixture('create-order-v2.docs.json'))).toMatchObject({
      filled: 10_000_000,
      remaining: 10_000_000,
      averageFillPrice: 560_000,
      timestamp: 1733047200000,
    });
    expect(kalshiOrderResponseSchema.parse(kalshiFixture('CONSTRUCTED.order.json')).order).toMatchObject({
      status: 'resting',
      side: 'bid',
      yesPrice: 560_000,
      remaining: 10_000_000,
    });
    expect(kalshiCancelResponseSchema.parse(kalshiFixture('CONSTRUCTED.cancel-order.json')).reducedBy).toBe(
      10_000_000,
    );
    expect(kalshiBalanceSchema.parse(kalshiFixture('CONSTRUCTED.balance.json')).balance).toBe(1_000_000_000);
    expect(
      kalshiExchangeStatusSchema.parse(kalshiFixture('CONSTRUCTED.exchange-status.json')).trading_active,
    ).toBe(true);
    expect(
      kalshiEventsPageSchema.parse(kalshiFixture('CONSTRUCTED.events-page.json')).events[0]?.seriesTicker,
    ).toBe('KXSPACEXSTARSHIP');
    expect(
      kalshiTradesPageSchema.parse(kalshiFixture('CONSTRUCTED.trades-page.json')).trades[0],
    ).toMatchObject({
      count: 12_000_000,
      yesPrice: 600_000,
    });
    const candles = kalshiCandlesticksResponseSchema.parse(
      kalshiFixture('CONSTRUCTED.candlesticks.json'),
    ).candlesticks;
    expect(candles.map((c) => [c.close, c.previous])).toEqual([
      [600_000, 590_000],
      [null, 600_000],
    ]);
  });

  it('websocket frames (§9.5) and command replies', () => {
    const snapshot = kalshiWsFrameSchema.parse(kalshiFixture('ws-orderbook-snapshot.aapi.json'));
    expect(snapshot.type === 'orderbook_snapshot' && snapshot.msg.no_dollars_fp[1]).toEqual({
      price: 560_000,
      size: 146_000_000,
    });
    const delta = kalshiWsFrameSchema.parse(kalshiFixture('ws-orderbook-delta.aapi.json'));
    expect(delta.type === 'orderbook_delta' && [delta.msg.price_dollars, delta.msg.delta_fp]).toEqual([
      960_000, -54_000_000,
    ]);
    expect(kalshiWsFrameSchema.parse(kalshiFixture('ws-subscribed.aapi.json')).type).toBe('subscribed');
    expect(kalshiWsFrameSchema.parse(kalshiFixture('ws-error.aapi.json'))).toMatchObject({
      msg: { code: 8 },
    });
  });

  it('error bodies: the envelope and the 429 string', () => {
    expect(kalshiErrorBodySchema.parse(kalshiFixture('error-authentication.reported.json'))).toEqual({
      code: 'authentication_error',
      message: 'authentication_error',
      details: 'rpc error: code = Unauthenticated desc = INCORRECT_API_KEY_SIGNATURE',
    });
    expect(kalshiErrorBodySchema.parse(kalshiFixture('error-429.docs.json'))).toEqual({
      code: '',
      message: 'too many requests',
      details: '',
    });
  });
});

describe('Kalshi schemas refuse bad rows, with a reason', () => {
  const market = (kalshiFixture('market.starship.docs.json') as { market: Record<string, unknown> }).market;
  const parseMarket = (patch: Record<string, unknown>) =>
    reasonFor(kalshiMarketResponseSchema.safeParse({ market: { ...market, ...patch } }));

  it('prices that are numbers (the pre-2026 cents), out of [0, 1], or too fine', () => {
    expect(parseMarket({ yes_bid_dollars: 60 })).toMatch(/yes_bid_dollars/);
    expect(parseMarket({ yes_bid_dollars: '1.2000' })).toMatch(
      /yes_bid_dollars: a price must lie in \[0, 1\]/,
    );
    expect(parseMarket({ last_price_dollars: '0.1234567' })).toMatch(/at most 6 decimals/);
  });

  it('a market without its price grid, or with a zero step', () => {
    expect(parseMarket({ price_ranges: [] })).toMatch(/price_ranges: a market needs its price_ranges/);
    expect(parseMarket({ price_ranges: [{ start: '0.0000', end: '1.0000', step: '0.0000' }] })).toMatch(
      /step must be positive/,
    );
  });

  it('book levels at 0 or with a negative count; the old integer-cents book', () => {
    const book = (yes: unknown) =>
      reasonFor(
        kalshiOrderbookResponseSchema.safeParse({ orderbook_fp: { yes_dollars: yes, no_dollars: [] } }),
      );
    expect(book([['0.0000', '5.00']])).toMatch(/strictly between 0 and 1/);
    expect(book([['0.4000', '-5.00']])).toMatch(/a count cannot be negative/);
    expect(
      reasonFor(kalshiOrderbookResponseSchema.safeParse({ orderbook: { yes: [[42, 13]], no: [] } })),
    ).toMatch(/orderbook_fp/);
  });

  it('a trade whose YES and NO prices do not add to $1', () => {
    const trade = {
      trade_id: 't',
      ticker: 'X',
      count_fp: '1.00',
      yes_price_dollars: '0.6000',
      no_price_dollars: '0.3000',
      created_time: '2026-05-14T09:12:03Z',
    };
    expect(reasonFor(kalshiTradesPageSchema.safeParse({ trades: [trade], cursor: '' }))).toMatch(
      /add to \$1/,
    );
  });
});
