import type { Micros } from './money';

/**
 * Polymarket CLOB V2 fees (polymarket-api.md §5.5): takers pay `shares × rate × p × (1 − p)` in
 * collateral, rounded to 5 decimals (10 micros, half up); makers pay nothing. The fee is largest at
 * p = 0.5 and vanishes towards 0 and 1. `rate` is the market's fee rate (e.g. 0.04), 0 when fee-free.
 */
export type LiquidityRole = 'taker' | 'maker';

const RATE_SCALE = 1_000_000_000n; // rates to 9 decimals
const FEE_STEP = 10n; // 5 decimals of collateral, in micros

export function takerFee(shares: Micros, price: Micros, rate: number): Micros {
  if (shares < 0) throw new RangeError(`negative shares: ${shares}`);
  if (price < 0 || price > 1_000_000) throw new RangeError(`price out of [0, 1]: ${price}`);
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new RangeError(`bad fee rate: ${rate}`);
  const r = BigInt(Math.round(rate * Number(RATE_SCALE)));
  const p = BigInt(price);
  // fee micros = S·P·(1e6 − P)·R / (1e12 · 1e9); then to a multiple of 10 micros, half up.
  const num = BigInt(shares) * p * (1_000_000n - p) * r;
  const den = 1_000_000_000_000n * RATE_SCALE * FEE_STEP;
  const q = num / den;
  const rounded = (num % den) * 2n >= den ? q + 1n : q;
  return Number(rounded * FEE_STEP);
}

/** The fee of one fill for the given liquidity role: makers pay none. */
export function fillFee(role: LiquidityRole, shares: Micros, price: Micros, rate: number): Micros {
  return role === 'maker' ? 0 : takerFee(shares, price, rate);
}

/** Taker fees of several fills, each rounded on its own as the exchange charges them per fill. */
export function takerFeeForFills(fills: readonly { price: Micros; shares: Micros }[], rate: number): Micros {
  let total = 0;
  for (const fill of fills) total += takerFee(fill.shares, fill.price, rate);
  return total;
}
