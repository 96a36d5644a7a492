import type { BookLevel } from '../../core/model/order-book';
import type { KalshiBidLists } from '../../core/venues/kalshi/bids-only-book';
import type { KalshiWsFrame } from './schemas/ws-messages';

/**
 * Keeps one market's bid lists from the `orderbook_delta` channel: a snapshot replaces them, a
 * delta adds its signed change at one price. `seq` must follow on from the last frame of the same
 * `sid`; on a gap the lists are dropped and `needsSnapshot` says to resubscribe (kalshi-api.md §6).
 * NO-side prices are taken as NO-leg prices (subscribe with `use_yes_price:false`).
 */
export class LiveKalshiBidLists {
  private yes = new Map<number, number>();
  private no = new Map<number, number>();
  private lastSeq: number | null = null;
  private sid: number | null = null;
  needsSnapshot = true;

  constructor(readonly ticker: string) {}

  /** Applies a frame for this market; returns false when it was ignored or broke the sequence. */
  apply(frame: KalshiWsFrame): boolean {
    if (frame.type === 'orderbook_snapshot' && frame.msg.market_ticker === this.ticker) {
      this.yes = new Map(frame.msg.yes_dollars_fp.map((l) => [l.price, l.size]));
      this.no = new Map(frame.msg.no_dollars_fp.map((l) => [l.price, l.size]));
      this.sid = frame.sid;
      this.lastSeq = frame.seq;
      this.needsSnapshot = false;
      return true;
    }
    if (frame.type !== 'orderbook_delta' || frame.msg.market_ticker !== this.ticker || this.needsSnapshot)
      return false;
    if (frame.sid !== this.sid || frame.seq !== (this.lastSeq ?? 0) + 1) {
      this.needsSnapshot = true;
      return false;
    }
    this.lastSeq = frame.seq;
    const side = frame.msg.side === 'yes' ? this.yes : this.no;
    const size = (side.get(frame.msg.price_dollars) ?? 0) + frame.msg.delta_fp;
    if (size > 0) side.set(frame.msg.price_dollars, size);
    else side.delete(frame.msg.price_dollars);
    return true;
  }

  lists(): KalshiBidLists {
    const levels = (side: Map<number, number>): BookLevel[] =>
      [...side].map(([price, size]) => ({ price, size })).sort((a, b) => a.price - b.price);
    return { yesBids: levels(this.yes), noBids: levels(this.no) };
  }
}
