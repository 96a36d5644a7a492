import { divMicros, type Micros } from '../model/money';

/**
 * How a pair's $1 is shared between its two legs, for the books. A split mints N YES + N NO for
 * exactly N pUSD (+ gas); a merge pays exactly N pUSD (− gas) for N of each. Neither says what each
 * leg cost or fetched, yet the position needs a cost basis per leg (the divergence rule measures each
 * side's drop from its entry price) and History needs one row per leg. Rule: the collateral is
 * shared in proportion to the legs' mid prices at that moment (50/50 when a mid is missing), the gas
 * half and half (the odd micro to NO); both parts always add up to the exact totals.
 */
export interface LegShare {
  /** Collateral of the leg before its gas share. */
  amount: Micros;
  /** The leg's share of the gas, counted as its fee. */
  fee: Micros;
  /** amount ÷ shares: the leg's price per share (micros), 0 for no shares. */
  price: Micros;
}

export interface PairShares {
  pairs: Micros;
  yes: LegShare;
  no: LegShare;
}

/** The YES part of `total` in proportion to the mids; the rest is NO's. */
export function yesPartByMids(total: Micros, yesMid: Micros | null, noMid: Micros | null): Micros {
  if (yesMid === null || noMid === null || yesMid <= 0 || noMid <= 0) return Math.floor(total / 2);
  return Number((BigInt(total) * BigInt(yesMid) + BigInt(yesMid + noMid) / 2n) / BigInt(yesMid + noMid));
}

/**
 * Each leg's amount and gas share for `pairs` pairs worth `pairs` pUSD (a split's cost or a merge's
 * proceeds) with `gas` paid on top (split) or taken off (merge).
 */
export function shareAPair(
  pairs: Micros,
  gas: Micros,
  mids: { yes: Micros | null; no: Micros | null },
): PairShares {
  if (!Number.isInteger(pairs) || pairs < 0) throw new RangeError(`bad pair count: ${pairs}`);
  if (!Number.isInteger(gas) || gas < 0) throw new RangeError(`bad gas: ${gas}`);
  const yesAmount = yesPartByMids(pairs, mids.yes, mids.no);
  const noAmount = pairs - yesAmount;
  const yesFee = Math.floor(gas / 2);
  const price = (amount: Micros) => (pairs > 0 ? divMicros(amount, pairs) : 0);
  return {
    pairs,
    yes: { amount: yesAmount, fee: yesFee, price: price(yesAmount) },
    no: { amount: noAmount, fee: gas - yesFee, price: price(noAmount) },
  };
}
