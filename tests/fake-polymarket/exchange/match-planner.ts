import type { MarketBook } from './market-book.ts';
import { minBig, ONE } from './micro-units.ts';
import { bookDirection, type RestingOrder, type Side, yesPrice } from './resting-order.ts';

/** An incoming (taker) order in exchange terms. BUY: maker = collateral, taker = shares; SELL: the reverse. */
export interface TakerOrder {
  owner: string;
  tokenIndex: 0 | 1;
  side: Side;
  makerAmount: bigint;
  takerAmount: bigint;
}

export interface PlannedFill {
  maker: RestingOrder;
  shares: bigint;
  /** fill price in the taker's token, micro */
  takerPrice: bigint;
  /** collateral exchanged, micro */
  cost: bigint;
}

export interface MatchPlan {
  fills: PlannedFill[];
  /** true when the taker's maker amount is used up (nothing left to match) */
  complete: boolean;
  /** collateral (BUY) or shares (SELL) left unmatched, micro */
  unmatched: bigint;
}

/** Walks the opposite side at resting prices within the taker's signed limit; does not mutate the book. */
export function planMatch(book: MarketBook, taker: TakerOrder): MatchPlan {
  const opposite = bookDirection(taker) === 'bid' ? book.asks : book.bids;
  const fills: PlannedFill[] = [];
  let left = taker.makerAmount;
  let complete = false;
  for (const resting of opposite) {
    if (resting.owner === taker.owner || resting.remaining <= 0n) continue;
    const takerPrice = taker.tokenIndex === 0 ? yesPrice(resting) : ONE - yesPrice(resting);
    if (!withinLimit(taker, takerPrice)) break;
    const affordable = taker.side === 'BUY' ? (left * ONE) / takerPrice : left;
    const shares = minBig(affordable, resting.remaining);
    if (shares <= 0n) {
      complete = true;
      break;
    }
    const cost = (shares * takerPrice) / ONE;
    fills.push({ maker: resting, shares, takerPrice, cost });
    left -= taker.side === 'BUY' ? cost : shares;
    if (shares < resting.remaining || left <= 0n) {
      complete = true;
      break;
    }
  }
  // a BUY leaves rounding dust below one micro-share's cost: treat as fully used
  const dust = taker.side === 'BUY' ? 10n : 0n;
  return { fills, complete: complete || left <= dust, unmatched: left };
}

function withinLimit(taker: TakerOrder, price: bigint): boolean {
  if (taker.side === 'BUY') return price * taker.takerAmount <= taker.makerAmount * ONE;
  return price * taker.makerAmount >= taker.takerAmount * ONE;
}
