import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import {
  type CrossVenueGapRow,
  type CrossVenueLegRow,
  type CrossVenueMatchRow,
  crossVenuePairId,
} from '../../core/model/rows/cross-venue-matches';
import { bestCrossVenueGap, type GapLeg } from '../../core/venues/cross-venue-gap';
import type { CrossVenueMatch, MatchableMarket } from '../../core/venues/cross-venue-match';
import type { Venues } from '../ports/venue-port';

/** What the matcher reads of a market: its question, resolution rules and close time. */
export function matchableOf(market: Market): MatchableMarket {
  return {
    venue: market.venue,
    id: market.id,
    question: market.question,
    rules: market.rules ?? '',
    endTime: market.endTime,
  };
}

const bestAsk = (books: ReadonlyMap<string, OrderBook>, tokenId: string): Micros | null =>
  books.get(tokenId)?.asks[0]?.price ?? null;

/** One side of a pair as the views show it: the question, the venue's page, both best asks. */
export function legRow(
  market: Market,
  books: ReadonlyMap<string, OrderBook>,
  venues: Venues,
): CrossVenueLegRow {
  return {
    venue: market.venue,
    marketId: market.id,
    question: market.question,
    url: venues.get(market.venue)?.marketUrl?.(market) ?? null,
    endTime: market.endTime,
    yesAsk: bestAsk(books, market.yes.tokenId),
    noAsk: bestAsk(books, market.no.tokenId),
  };
}

function gapLeg(market: Market, books: ReadonlyMap<string, OrderBook>, tokenId: string): GapLeg | null {
  const book = books.get(tokenId);
  return book ? { venue: market.venue, asks: book.asks, fee: market.fee } : null;
}

/**
 * The better of the two ways to hold both sides of the bet across the venues, after both venues'
 * fees, for `stake`. A pair of opposite contracts pays $1: YES on the left with NO on the right, or
 * NO with YES — and for an inverted pair (YES on the left is NO on the right) YES with YES, NO with
 * NO. Null when a book is missing or too thin for one contract.
 */
export function gapRow(
  left: Market,
  right: Market,
  orientation: 'same' | 'inverted',
  books: ReadonlyMap<string, OrderBook>,
  stake: Micros,
): CrossVenueGapRow | null {
  // The right market's contract that pays when the left's YES loses, and the one that pays with it.
  const [againstYes, withYes] = orientation === 'inverted' ? [right.yes, right.no] : [right.no, right.yes];
  const yesA = gapLeg(left, books, left.yes.tokenId);
  const noA = gapLeg(left, books, left.no.tokenId);
  const yesB = gapLeg(right, books, withYes.tokenId);
  const noB = gapLeg(right, books, againstYes.tokenId);
  if (!yesA || !noA || !yesB || !noB) return null;
  const best = bestCrossVenueGap(yesA, noA, yesB, noB, stake);
  if (!best) return null;
  const { quote, direction } = best;
  const rightToken = direction === 'yesA_noB' ? againstYes.tokenId : withYes.tokenId;
  return {
    direction,
    leftOutcome: direction === 'yesA_noB' ? 'yes' : 'no',
    rightOutcome: rightToken === right.yes.tokenId ? 'yes' : 'no',
    stake,
    contracts: quote.contracts,
    cost: quote.costA + quote.costB,
    fees: quote.feeA + quote.feeB,
    gap: quote.gap,
    returnRatio: quote.returnRatio,
  };
}

/** What a pair keeps of its past: the user's verdict and when it was first seen. */
export type PairHistory = Pick<CrossVenueMatchRow, 'verdict' | 'manual' | 'proposedAt' | 'verdictAt'>;

/** A pair as stored: the matcher's say, the user's verdict, the prices and the gap read now. */
export function pairRow(input: {
  match: CrossVenueMatch;
  left: Market;
  right: Market;
  books: ReadonlyMap<string, OrderBook>;
  venues: Venues;
  stake: Micros;
  now: number;
  history: PairHistory;
}): CrossVenueMatchRow {
  const { match, left, right, books, now } = input;
  return {
    id: crossVenuePairId(left.id, right.id),
    leftId: left.id,
    rightId: right.id,
    left: legRow(left, books, input.venues),
    right: legRow(right, books, input.venues),
    confidence: match.confidence,
    reasons: match.reasons,
    orientation: match.orientation,
    ...input.history,
    gap: gapRow(left, right, match.orientation, books, input.stake),
    checkedAt: now,
  };
}
