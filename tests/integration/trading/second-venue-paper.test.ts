import { describe, expect, it } from 'vitest';
import { createExchangeProviders } from '../../../lib/adapters/exchange/exchange-provider';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import type { ExchangeProvider } from '../../../lib/app/ports/exchange-port';
import type { Venue } from '../../../lib/app/ports/venue-port';
import { createTradingServices } from '../../../lib/app/trading/trading-services';
import { venueMarketData } from '../../../lib/app/venues/venue-market-data';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import type { OrderBook } from '../../../lib/core/model/order-book';
import { type VenueId, venueKey } from '../../../lib/core/model/venue';
import { Logger } from '../../../lib/log/logger';
import { makeBook } from '../../unit/core/support/books';
import { makeMarket, NOW } from '../../unit/core/support/markets';
import { passContext } from './support/trading-harness';

/** A second venue in the test: one market whose books the test moves. */
function secondVenue() {
  const id = venueKey('kalshi', 'KXRAIN-26');
  const market = makeMarket({
    venue: 'kalshi',
    id,
    conditionId: id,
    question: 'Rain in New York City on Dec 24?',
    yes: { tokenId: `${id}:yes`, label: 'Yes', price: 500_000 },
    no: { tokenId: `${id}:no`, label: 'No', price: 500_000 },
    tickSize: 10_000,
    minOrderSize: 1_000_000,
  });
  const books = new Map<string, OrderBook>();
  const setBook = (tokenId: string, bid: number, ask: number) =>
    books.set(tokenId, makeBook([[bid, 5_000]], [[ask, 5_000]], { tokenId, market: id, tickSize: 10_000 }));
  setBook(market.yes.tokenId, 0.49, 0.5);
  setBook(market.no.tokenId, 0.49, 0.5);
  const venue: Venue = {
    id: 'kalshi',
    reads: {
      listActiveMarkets: async function* () {},
      books: async (tokenIds) => tokenIds.flatMap((t) => books.get(t) ?? []),
      booksPerRequest: 100,
      weekHistory: async () => [],
    },
    marketData: {
      books: async (tokenIds) => tokenIds.flatMap((t) => books.get(t) ?? []),
      markets: async (ids) => new Map(ids.includes(id) ? [[id, market]] : []),
    },
  };
  return { venue, market, setBook };
}

describe('paper trading on a second venue, through the seam', () => {
  it('enters, records the venue on the position, its intents and trades, and liquidates on divergence', async () => {
    const clock = { now: () => NOW };
    const store = createStore(
      new EquilibrageDatabase(`second-venue-${process.pid}-${Math.random()}`),
      clock.now,
    );
    const second = secondVenue();
    const marketData = venueMarketData(createVenues([second.venue]));
    const exchanges = createExchangeProviders({ store, marketData, clock });
    const asked: (VenueId | undefined)[] = [];
    const exchangeFor: ExchangeProvider = (mode, settings, venue) => {
      asked.push(venue);
      return exchanges.exchangeFor(mode, settings, venue);
    };
    let n = 0;
    const services = createTradingServices({
      store,
      marketData,
      exchangeFor,
      resetPaper: exchanges.resetPaper,
      clock,
      ids: { next: () => `id-${++n}` },
      logger: new Logger({ console: false, clock }),
    });

    const outcome = await services.engine.enter(second.market.id);
    const [position] = await store.positions.listOpen();
    expect(outcome.positionId).toBe(position?.id);
    expect(position).toMatchObject({ venue: 'kalshi', marketId: 'kalshi:KXRAIN-26', status: 'active' });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((v) => v === 'kalshi')).toBe(true);

    // YES falls to 0.30 / 0.31: the divergence rule sells YES on the same venue.
    second.setBook(second.market.yes.tokenId, 0.3, 0.31);
    second.setBook(second.market.no.tokenId, 0.69, 0.7);
    const pass = passContext();
    expect(await services.monitorPass(pass.ctx)).toContain('1 liquidated');
    const liquidated = await store.positions.get(position?.id ?? '');
    expect(liquidated).toMatchObject({ venue: 'kalshi', status: 'liquidated', liquidatedSide: 'yes' });

    const trades = await store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.venue, t.reason])).toEqual([
      ['kalshi', 'entry'],
      ['kalshi', 'entry'],
      ['kalshi', 'liquidation'],
    ]);
  });
});
