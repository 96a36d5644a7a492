import type { BookLevel, OrderBook } from '../../../core/model/order-book';
import type { LocalBooks } from './local-books';

/** What a REST check of the socket's books found. */
export interface SnapshotCheck {
  /** Tokens whose socket book was compared with the REST book. */
  compared: number;
  /** Tokens whose socket book differed (replaced by the REST book). */
  mismatched: string[];
  /** Tokens the socket had not sent yet (seeded from REST). */
  missing: string[];
}

const sameLevels = (a: readonly BookLevel[], b: readonly BookLevel[]) =>
  a.length === b.length && a.every((l, i) => l.price === b[i]?.price && l.size === b[i]?.size);

/**
 * Compare the socket's books with a batched REST snapshot, then adopt REST for every token: REST
 * is the truth at the time it was read, and it alone carries tick size and minimum order size.
 * A mismatch is not an error by itself (the book may have moved between the two reads), but it is
 * counted so a socket that silently lost deltas shows up in the status.
 */
export function checkAgainstRest(local: LocalBooks, rest: readonly OrderBook[]): SnapshotCheck {
  const result: SnapshotCheck = { compared: 0, mismatched: [], missing: [] };
  for (const book of rest) {
    const mine = local.levels(book.tokenId);
    if (!mine) result.missing.push(book.tokenId);
    else {
      result.compared += 1;
      if (!sameLevels(mine.bids, book.bids) || !sameLevels(mine.asks, book.asks))
        result.mismatched.push(book.tokenId);
    }
    local.adoptRest(book);
  }
  return result;
}
