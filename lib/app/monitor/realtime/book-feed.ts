import type { MarketWsHandlers } from '../../ports/market-stream-port';
import type { LocalBooks } from './local-books';

export interface BookFeedDeps {
  books: LocalBooks;
  /** Is this token one of an open position's? Other tokens' events are ignored. */
  watches(tokenId: string): boolean;
  /** A watched token's price moved (snapshot, level change or trade). */
  moved(tokenId: string): void;
  /** Any market event (counts and last-message time). */
  received(): void;
}

/** The socket handlers that keep the local books: snapshots, level deltas, last trades, tick sizes. */
export function bookFeedHandlers(deps: BookFeedDeps): MarketWsHandlers {
  const { books } = deps;
  return {
    onEvent: () => deps.received(),
    onBook: (e) => {
      if (!deps.watches(e.tokenId)) return;
      books.applySnapshot(e);
      deps.moved(e.tokenId);
    },
    onPriceChange: (e) => {
      const moved = new Set<string>();
      for (const c of e.changes) {
        if (deps.watches(c.tokenId) && books.applyChange(c.tokenId, c.side, c.price, c.size, e.timestamp))
          moved.add(c.tokenId);
      }
      for (const tokenId of moved) deps.moved(tokenId);
    },
    onLastTrade: (e) => {
      if (!deps.watches(e.tokenId)) return;
      books.setLastTrade(e.tokenId, e.price);
      deps.moved(e.tokenId);
    },
    onTickSizeChange: (e) => books.setTickSize(e.tokenId, e.newTickSize),
  };
}
