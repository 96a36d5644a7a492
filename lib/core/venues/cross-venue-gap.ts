import { type FeeRate, takerFee } from '../model/fees';
import type { Micros } from '../model/money';
import type { BookLevel } from '../model/order-book';
import type { MatchVenue } from './cross-venue-match';
import { kalshiTradeFee } from './kalshi/fees';

/**
 * The price gap between two venues after both venues' fees, for a stake: buy YES on one venue and
 * NO on the other (for an inverted match, YES on both). A pair of opposite contracts pays exactly
 * $1 at resolution, so the gap is what the pairs pay minus what they cost with fees:
 *   gap = N − Σ(cost of N on leg A's asks + its fees) − Σ(cost on leg B + fees).
 * Books are walked level by level (each level a fill, fees charged per fill as each venue does:
 * Polymarket rate × p × (1 − p) half-up to $0.00001, Kalshi 0.07 × C × P × (1 − P) UP to $0.0001).
 * N is the largest number of whole contracts whose total cost fits the stake. Amounts in micros.
 */
export interface GapLeg {
  venue: MatchVenue;
  /** The outcome's asks, best (lowest) first. */
  asks: readonly BookLevel[];
  /** Taker fee parameters (Kalshi: rate 0.07 × the series' multiplier, exponent 1). */
  fee: FeeRate;
}

export interface GapQuote {
  contracts: Micros;
  /** What the contracts cost on each leg before fees. */
  costA: Micros;
  costB: Micros;
  feeA: Micros;
  feeB: Micros;
  /** What the pairs pay at resolution (= contracts, $1 each). */
  payout: Micros;
  /** payout − costs − fees; positive = a locked-in profit before transfer costs. */
  gap: Micros;
  /** gap / (costs + fees), 0 when nothing is bought. */
  returnRatio: number;
}

const ONE = 1_000_000;

function legFee(venue: MatchVenue, shares: Micros, price: Micros, fee: FeeRate): Micros {
  if (venue === 'kalshi')
    return fee.rate === 0
      ? 0
      : kalshiTradeFee(shares, price, 'taker', { feeType: 'quadratic', multiplier: fee.rate / 0.07 });
  return takerFee(shares, price, fee);
}

/** Cost and fee of buying `contracts` on one leg, or null when the book is too thin. */
export function walkAsks(leg: GapLeg, contracts: Micros): { cost: Micros; fee: Micros } | null {
  let left = contracts;
  let cost = 0;
  let fee = 0;
  for (const level of leg.asks) {
    if (left <= 0) break;
    const take = Math.min(left, level.size);
    cost += Math.round((take * level.price) / ONE);
    fee += legFee(leg.venue, take, level.price, leg.fee);
    left -= take;
  }
  return left > 0 ? null : { cost, fee };
}

function quoteFor(a: GapLeg, b: GapLeg, contracts: Micros): GapQuote | null {
  const legA = walkAsks(a, contracts);
  const legB = walkAsks(b, contracts);
  if (!legA || !legB) return null;
  const spent = legA.cost + legB.cost + legA.fee + legB.fee;
  const gap = contracts - spent;
  return {
    contracts,
    costA: legA.cost,
    costB: legB.cost,
    feeA: legA.fee,
    feeB: legB.fee,
    payout: contracts,
    gap,
    returnRatio: spent === 0 ? 0 : gap / spent,
  };
}

/** The gap for the most whole contracts whose cost with fees fits `stake` (null: no depth at all). */
export function crossVenueGap(a: GapLeg, b: GapLeg, stake: Micros): GapQuote | null {
  const bestA = a.asks[0]?.price;
  const bestB = b.asks[0]?.price;
  if (bestA === undefined || bestB === undefined) return null;
  let low = 0;
  let high = Math.floor(stake / (bestA + bestB)); // whole contracts, an upper bound
  let best: GapQuote | null = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const quote = mid === 0 ? null : quoteFor(a, b, mid * ONE);
    const spent = quote ? quote.costA + quote.costB + quote.feeA + quote.feeB : 0;
    if (mid === 0 || (quote && spent <= stake)) {
      if (quote) best = quote;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

/** Both directions (YES here + NO there, and the reverse); the better one first. */
export function bestCrossVenueGap(
  yesA: GapLeg,
  noA: GapLeg,
  yesB: GapLeg,
  noB: GapLeg,
  stake: Micros,
): { direction: 'yesA_noB' | 'noA_yesB'; quote: GapQuote } | null {
  const one = crossVenueGap(yesA, noB, stake);
  const two = crossVenueGap(noA, yesB, stake);
  const options = [
    ...(one ? [{ direction: 'yesA_noB' as const, quote: one }] : []),
    ...(two ? [{ direction: 'noA_yesB' as const, quote: two }] : []),
  ];
  return options.sort((x, y) => y.quote.gap - x.quote.gap)[0] ?? null;
}
