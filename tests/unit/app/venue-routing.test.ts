import { describe, expect, it } from 'vitest';
import type { Exchange, MarketData } from '../../../lib/app/ports/exchange-port';
import type { Venue } from '../../../lib/app/ports/venue-port';
import { liveExchangeByVenue } from '../../../lib/app/venues/exchange-by-venue';
import { venueMarketData } from '../../../lib/app/venues/venue-market-data';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import type { VenueId } from '../../../lib/core/model/venue';
import { isAppError } from '../../../lib/errors/app-error';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { makeBook } from '../core/support/books';
import { makeMarket } from '../core/support/markets';

function venue(id: VenueId, asked: string[][], live?: Exchange): Venue {
  const marketData: MarketData = {
    books: async (tokenIds) => {
      asked.push([...tokenIds]);
      return tokenIds.map((tokenId) => makeBook([[0.4, 10]], [[0.6, 10]], { tokenId }));
    },
    markets: async (ids) => new Map(ids.map((mid) => [mid, makeMarket({ venue: id, id: mid })])),
  };
  return {
    id,
    marketData,
    reads: {
      listActiveMarkets: async function* () {},
      books: marketData.books,
      booksPerRequest: 10,
      weekHistory: async () => [],
    },
    ...(live ? { live: async () => live } : {}),
  };
}

describe('reads and orders routed by venue', () => {
  it('asks each venue only for its own keys and answers them together', async () => {
    const poly: string[][] = [];
    const kalshi: string[][] = [];
    const data = venueMarketData(createVenues([venue('polymarket', poly), venue('kalshi', kalshi)]));
    const books = await data.books(['111', 'kalshi:KX-1:yes', '222', 'kalshi:KX-1:no']);
    expect(books.map((b) => b.tokenId).sort()).toEqual(['111', '222', 'kalshi:KX-1:no', 'kalshi:KX-1:yes']);
    expect(poly).toEqual([['111', '222']]);
    expect(kalshi).toEqual([['kalshi:KX-1:yes', 'kalshi:KX-1:no']]);
    const markets = await data.markets(['9', 'kalshi:KX-1']);
    expect(markets.get('9')?.venue).toBe('polymarket');
    expect(markets.get('kalshi:KX-1')?.venue).toBe('kalshi');
  });

  it('answers a key of a venue that is not composed like an unknown id', async () => {
    const data = venueMarketData(createVenues([venue('polymarket', [])]));
    expect(await data.books(['kalshi:KX-1:yes'])).toEqual([]);
    expect((await data.markets(['kalshi:KX-1'])).size).toBe(0);
  });

  it('sends a live order to the venue it records, and refuses a venue without live trading', async () => {
    const polyExchange = { mode: 'live' } as Exchange;
    const live = liveExchangeByVenue(
      createVenues([venue('polymarket', [], polyExchange), venue('kalshi', [])]),
    );
    expect(await live(DEFAULT_SETTINGS)).toBe(polyExchange);
    expect(await live(DEFAULT_SETTINGS, 'polymarket')).toBe(polyExchange);
    const refused = await live(DEFAULT_SETTINGS, 'kalshi').catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe('venue_not_tradable');
    expect(isAppError(refused) && refused.message).toBe('Live trading on Kalshi is not configured.');
  });
});
