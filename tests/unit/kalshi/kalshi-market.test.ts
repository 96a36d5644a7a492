import { describe, expect, it } from 'vitest';
import { kalshiEventsPageSchema } from '../../../lib/adapters/kalshi/schemas/event';
import { kalshiMarketResponseSchema } from '../../../lib/adapters/kalshi/schemas/market';
import { kalshiOrderbookResponseSchema } from '../../../lib/adapters/kalshi/schemas/orderbook';
import { takerFee } from '../../../lib/core/model/fees';
import { kalshiTradeFee } from '../../../lib/core/venues/kalshi/fees';
import { kalshiMarketToCore } from '../../../lib/core/venues/kalshi/kalshi-market';
import { kalshiFixture } from './fixtures';

const starship = kalshiMarketResponseSchema.parse(kalshiFixture('market.starship.docs.json')).market;
const book = kalshiOrderbookResponseSchema.parse(kalshiFixture('orderbook.docs.json'));
const event = kalshiEventsPageSchema.parse(kalshiFixture('CONSTRUCTED.events-page.json')).events[0];

function mapped(...args: Parameters<typeof kalshiMarketToCore>) {
  const result = kalshiMarketToCore(...args);
  if (!result.ok) throw new Error(result.reason);
  return result.market;
}

describe('a Kalshi market as the core Market (recorded Starship market)', () => {
  it('has YES/NO outcomes keyed by the ticker and prices from the quotes in micros', () => {
    const market = mapped(starship, { event });
    expect(market.id).toBe('KXSPACEXSTARSHIP-12-26MAY19');
    expect(market.yes.tokenId).toBe('KXSPACEXSTARSHIP-12-26MAY19:yes');
    expect(market.no.tokenId).toBe('KXSPACEXSTARSHIP-12-26MAY19:no');
    expect(market.question).toBe('Will SpaceX launch another Starship by May 19, 2026?');
    expect(market.eventTitle).toBe('SpaceX Starship flight 12');
    expect(market.rules).toBe(
      'If SpaceX launches Starship flight test number 12 before May 20, 2026, then the market resolves to Yes.',
    );
    expect(market.tags).toEqual(['Science and Technology']);
    // quotes 0.60 / 0.67 → mid 0.635, NO 0.365
    expect([market.bestBid, market.bestAsk, market.spread]).toEqual([600_000, 670_000, 70_000]);
    expect([market.yes.price, market.no.price]).toEqual([635_000, 365_000]);
    expect(market.lastTradePrice).toBe(600_000);
    expect(market.endTime).toBe(Date.parse('2026-05-20T03:59:00Z'));
    expect(market.tickSize).toBe(10_000);
    expect(market.minOrderSize).toBe(1_000_000);
    expect([market.active, market.closed, market.acceptingOrders, market.resolvedOutcome]).toEqual([
      true,
      false,
      true,
      null,
    ]);
    // Kalshi's liquidity_dollars is always 0: without a book, liquidity is unknown (0).
    expect(market.liquidity).toBe(0);
  });

  it('takes best prices and liquidity from the bids-only book (YES ask = 1 − best NO bid)', () => {
    const market = mapped(starship, { event, book });
    expect([market.bestBid, market.bestAsk]).toEqual([420_000, 440_000]);
    expect([market.yes.price, market.no.price]).toEqual([430_000, 570_000]);
    // YES bids 15.41 + NO bids 32.28 dollars resting
    expect(market.liquidity).toBe(47_690_000);
    // 4918.41 contracts × $0.43
    expect(market.volume).toBe(2_114_916_300);
  });

  it("carries Kalshi's taker fee (0.07 × C × P × (1 − P)) and whether makers pay", () => {
    const general = mapped(starship);
    expect(general.fee).toEqual({ rate: 0.07, exponent: 1, takerOnly: true, roundUpTo: 100 });
    const makers = mapped(starship, { fees: { feeType: 'quadratic_with_maker_fees', multiplier: 1 } });
    expect(makers.fee.takerOnly).toBe(false);
    // 10 contracts at $0.50: 0.175 exactly by the formula; Kalshi rounds each fill up to $0.0001.
    expect(kalshiTradeFee(10_000_000, 500_000, 'taker', { feeType: 'quadratic', multiplier: 1 })).toBe(
      175_000,
    );
    expect(takerFee(10_000_000, 500_000, general.fee)).toBe(175_000);
    // 7 contracts at $0.33: $0.108339 by the formula. Kalshi charges $0.1084 (up); Polymarket's
    // rounding (5 dp, half up) would say $0.10834: the market's fee carries Kalshi's own rounding.
    expect(kalshiTradeFee(7_000_000, 330_000, 'taker', { feeType: 'quadratic', multiplier: 1 })).toBe(
      108_400,
    );
    expect(takerFee(7_000_000, 330_000, general.fee)).toBe(108_400);
    expect(takerFee(7_000_000, 330_000, { rate: 0.07, exponent: 1 })).toBe(108_340);
  });

  it('reads fractional minimums, tapered grids, closing and resolution', () => {
    const tapered = {
      ...starship,
      priceRanges: [
        { start: 0, end: 100_000, step: 1_000 },
        { start: 100_000, end: 900_000, step: 10_000 },
        { start: 900_000, end: 1_000_000, step: 1_000 },
      ],
    };
    expect(mapped(tapered, { fractional: true })).toMatchObject({ tickSize: 1_000, minOrderSize: 10_000 });
    const settled = mapped({ ...starship, status: 'finalized', result: 'no' });
    expect([settled.active, settled.closed, settled.acceptingOrders, settled.resolvedOutcome]).toEqual([
      false,
      true,
      false,
      1,
    ]);
    expect(mapped({ ...starship, status: 'determined', result: 'yes' }).resolvedOutcome).toBe(0);
    const unopened = mapped({ ...starship, status: 'initialized' });
    expect([unopened.active, unopened.closed]).toEqual([false, false]);
  });

  it('leaves scalar markets out with a reason the scan keeps', () => {
    const result = kalshiMarketToCore({ ...starship, marketType: 'scalar' });
    expect(result).toEqual({
      ok: false,
      id: 'KXSPACEXSTARSHIP-12-26MAY19',
      reason: expect.stringContaining('scalar'),
    });
  });
});
