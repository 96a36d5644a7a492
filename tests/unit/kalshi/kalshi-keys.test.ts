import { describe, expect, it } from 'vitest';
import { kalshiMarketResponseSchema } from '../../../lib/adapters/kalshi/schemas/market';
import {
  kalshiIdOf,
  qualifiedKalshiBook,
  qualifiedKalshiMarket,
} from '../../../lib/adapters/venues/kalshi/kalshi-keys';
import { kalshiCandleInterval } from '../../../lib/adapters/venues/kalshi/kalshi-venue';
import { emptyBook } from '../../../lib/core/model/order-book';
import { venueOfKey } from '../../../lib/core/model/venue';
import { kalshiMarketToCore } from '../../../lib/core/venues/kalshi/kalshi-market';
import { kalshiFixture } from './fixtures';

const starship = kalshiMarketResponseSchema.parse(kalshiFixture('market.starship.docs.json')).market;
const TICKER = 'KXSPACEXSTARSHIP-12-26MAY19';

describe('the Kalshi venue’s ids', () => {
  it('leave qualified: market, condition and both token ids name Kalshi; the rest is unchanged', () => {
    const parsed = kalshiMarketToCore(starship);
    if (!parsed.ok) throw new Error(parsed.reason);
    const market = qualifiedKalshiMarket(parsed.market);
    expect(market.id).toBe(`kalshi:${TICKER}`);
    expect(market.conditionId).toBe(`kalshi:${TICKER}`);
    expect(market.yes.tokenId).toBe(`kalshi:${TICKER}:yes`);
    expect(market.no.tokenId).toBe(`kalshi:${TICKER}:no`);
    expect(venueOfKey(market.yes.tokenId)).toBe('kalshi');
    expect([market.venue, market.yes.price, market.question]).toEqual([
      'kalshi',
      parsed.market.yes.price,
      parsed.market.question,
    ]);
    const book = qualifiedKalshiBook(emptyBook(`${TICKER}:no`, { market: TICKER }));
    expect([book.tokenId, book.market]).toEqual([`kalshi:${TICKER}:no`, `kalshi:${TICKER}`]);
  });

  it('enter unqualified, and a key of another venue is refused', () => {
    expect(kalshiIdOf(`kalshi:${TICKER}:yes`)).toBe(`${TICKER}:yes`);
    expect(kalshiIdOf(`kalshi:${TICKER}`)).toBe(TICKER);
    expect(() => kalshiIdOf('0xabc')).toThrow('Not a Kalshi key: 0xabc');
  });

  it('reads history in the candle width nearest the fidelity asked', () => {
    expect([1, 30, 60, 240, 1440, 10_080].map(kalshiCandleInterval)).toEqual([1, 1, 60, 60, 1440, 1440]);
  });
});
