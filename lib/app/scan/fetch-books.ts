import type { OrderBook } from '../../core/model/order-book';
import { mapConcurrent } from '../market-data/map-concurrent';
import type { PassContext } from '../passes/run-pass';
import type { VenueMarketReads } from '../ports/venue-port';

/**
 * Order books of the given tokens, by token id, in few batched requests: the venue's own batch size
 * (Polymarket: 50 tokens per POST /books), so each call is exactly one request.
 */
export async function fetchBooks(
  reads: Pick<VenueMarketReads, 'books' | 'booksPerRequest'>,
  tokenIds: readonly string[],
  ctx: PassContext,
  concurrency = 4,
): Promise<Map<string, OrderBook>> {
  const chunks: string[][] = [];
  const size = Math.max(1, reads.booksPerRequest);
  for (let i = 0; i < tokenIds.length; i += size) chunks.push(tokenIds.slice(i, i + size));
  const pages = await mapConcurrent(
    chunks,
    concurrency,
    async (chunk) => {
      ctx.addRequests(1);
      return reads.books(chunk);
    },
    ctx.signal,
  );
  const out = new Map<string, OrderBook>();
  for (const book of pages.flat()) out.set(book.tokenId, book);
  return out;
}
