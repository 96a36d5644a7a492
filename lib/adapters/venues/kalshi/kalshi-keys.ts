import type { Market } from '../../../core/model/market';
import type { OrderBook } from '../../../core/model/order-book';
import { parseVenueKey, venueKey } from '../../../core/model/venue';
import { validationError } from '../../../errors/app-error';

/**
 * The Kalshi venue's id mapping: Kalshi's own tickers and token ids (`TICKER`, `TICKER:yes`) are
 * qualified on the way out (`kalshi:TICKER`, `kalshi:TICKER:yes`, lib/core/model/venue.ts) and
 * unqualified on the way in. A key of another venue reaching Kalshi is a routing bug: refused.
 */
const qualify = (id: string): string => venueKey('kalshi', id);

/** A stored key → Kalshi's own id. */
export function kalshiIdOf(key: string): string {
  const { venue, id } = parseVenueKey(key);
  if (venue !== 'kalshi')
    throw validationError(`Not a Kalshi key: ${key}`, {
      code: 'order_invalid',
      details: { venue: 'kalshi', key },
    });
  return id;
}

/** A Kalshi market with its ids as stored. */
export function qualifiedKalshiMarket(market: Market): Market {
  return {
    ...market,
    id: qualify(market.id),
    conditionId: qualify(market.conditionId),
    yes: { ...market.yes, tokenId: qualify(market.yes.tokenId) },
    no: { ...market.no, tokenId: qualify(market.no.tokenId) },
  };
}

/** A Kalshi book with its token and market ids as stored. */
export function qualifiedKalshiBook(book: OrderBook): OrderBook {
  return {
    ...book,
    tokenId: qualify(book.tokenId),
    market: book.market ? qualify(book.market) : book.market,
  };
}
