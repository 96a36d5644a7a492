import type { OrderBook } from '../../core/model/order-book';
import { mapConcurrent } from '../market-data/map-concurrent';
import type { PassContext } from '../passes/run-pass';
import type { ClobReads } from '../ports/polymarket-reads';

/** Tokens per POST /books: the client's own chunk size, so each call is exactly one request. */
export const BOOKS_PER_REQUEST = 50;

/** Order books of the given tokens, by token id, in few batched POST /books requests. */
export async function fetchBooks(
  clob: ClobReads,
  tokenIds: readonly string[],
  ctx: PassContext,
  concurrency = 4,
): Promise<Map<string, OrderBook>> {
  const chunks: string[][] = [];
  for (let i = 0; i < tokenIds.length; i += BOOKS_PER_REQUEST)
    chunks.push(tokenIds.slice(i, i + BOOKS_PER_REQUEST));
  const pages = await mapConcurrent(
    chunks,
    concurrency,
    async (chunk) => {
      ctx.addRequests(1);
      return clob.getBooks(chunk);
    },
    ctx.signal,
  );
  const out = new Map<string, OrderBook>();
  for (const book of pages.flat()) out.set(book.tokenId, book);
  return out;
}
