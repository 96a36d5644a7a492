import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore } from '../../../../lib/adapters/storage/store';
import { createCrossVenueService } from '../../../../lib/app/cross-venue/cross-venue-service';
import type { Venue } from '../../../../lib/app/ports/venue-port';
import { createVenues } from '../../../../lib/app/venues/venue-registry';
import type { Market } from '../../../../lib/core/model/market';
import type { VenueId } from '../../../../lib/core/model/venue';
import { makeBook } from '../../core/support/books';
import { makeMarket } from '../../core/support/markets';

export const JUNE_15 = Date.UTC(2026, 5, 15, 16);
const KALSHI_FEE = { rate: 0.07, exponent: 1, takerOnly: true, roundUpTo: 100 };

/** A binary market of one venue with its question, rules, close time and token ids from its id. */
export function market(venue: VenueId, id: string, question: string, rules: string, endTime: number): Market {
  return makeMarket({
    venue,
    id,
    slug: id,
    eventSlug: id,
    question,
    rules,
    endTime,
    yes: { tokenId: `${id}:yes`, label: 'Yes', price: 500_000 },
    no: { tokenId: `${id}:no`, label: 'No', price: 500_000 },
    fee: venue === 'kalshi' ? KALSHI_FEE : { rate: 0, exponent: 1, takerOnly: true },
  });
}

/**
 * The cross-venue service over a real store (fake IndexedDB) and two small venues whose books are
 * whatever `asks` says: token id → best ask in dollars (deep enough for any stake).
 */
export async function crossVenueWorld(options: { kalshiEnabled?: boolean; stakeUsd?: number } = {}) {
  let now = JUNE_15 - 10 * 86_400_000;
  const clock = { now: () => now };
  const store = createStore(new EquilibrageDatabase(`cross-venue-${Math.random()}`), clock.now);
  const saved = await store.settings.update({
    kalshi: { enabled: options.kalshiEnabled ?? true },
    crossVenue: { stakeUsd: options.stakeUsd ?? 100 },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.issues));
  const asks = new Map<string, number>();
  const asked: string[][] = [];
  const venue = (id: VenueId): Venue => ({
    id,
    reads: {
      listActiveMarkets: async function* () {},
      books: async (tokenIds) => {
        asked.push([...tokenIds]);
        return tokenIds.flatMap((tokenId) => {
          const ask = asks.get(tokenId);
          return ask === undefined ? [] : [makeBook([], [[ask, 1_000_000]], { tokenId })];
        });
      },
      booksPerRequest: 2,
      weekHistory: async () => [],
    },
    marketData: { books: async () => [], markets: async () => new Map() },
    ...(id === 'polymarket'
      ? { marketUrl: (m: Market) => `https://polymarket.com/event/${m.eventSlug}` }
      : {}),
  });
  const venues = createVenues([venue('polymarket'), venue('kalshi')]);
  const service = createCrossVenueService({ store, venues, settings: () => store.settings.get(), clock });
  return {
    store,
    service,
    asks,
    asked,
    /** A scan cached these markets. */
    scanned: (markets: Market[]) => store.markets.upsertMany(markets),
    later: (ms: number) => {
      now += ms;
    },
  };
}
