import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import { mapConcurrent } from '../market-data/map-concurrent';
import type { Venues } from '../ports/venue-port';

/** What reading books needs of its caller: an abort signal and a request count (a pass, or nothing). */
export interface ReadContext {
  signal?: AbortSignal;
  addRequests?(count: number): void;
}

/**
 * The books of both outcomes of these markets, by token id, each from its own venue through the
 * venues registry, batched by the venue's `booksPerRequest` (Polymarket: 50 tokens per POST /books,
 * Kalshi: 100 tickers per GET /markets/orderbooks). A venue that fails leaves its books absent (the
 * gap is then unknown), never the others'.
 */
export async function readPairBooks(
  venues: Venues,
  markets: readonly Market[],
  ctx: ReadContext = {},
): Promise<{ books: Map<string, OrderBook>; failed: number }> {
  const books = new Map<string, OrderBook>();
  let failed = 0;
  for (const venue of venues.list()) {
    const tokens = [
      ...new Set(markets.filter((m) => m.venue === venue.id).flatMap((m) => [m.yes.tokenId, m.no.tokenId])),
    ];
    if (tokens.length === 0) continue;
    const size = Math.max(1, venue.reads.booksPerRequest);
    const chunks: string[][] = [];
    for (let i = 0; i < tokens.length; i += size) chunks.push(tokens.slice(i, i + size));
    try {
      const pages = await mapConcurrent(
        chunks,
        2,
        async (chunk) => {
          ctx.addRequests?.(1);
          return venue.reads.books(chunk);
        },
        ctx.signal,
      );
      for (const book of pages.flat()) books.set(book.tokenId, book);
    } catch (error) {
      if (ctx.signal?.aborted) throw error;
      failed++;
    }
  }
  return { books, failed };
}
