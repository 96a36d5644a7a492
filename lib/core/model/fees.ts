import type { Micros } from './money';

/**
 * Polymarket CLOB V2 fees (polymarket-2026.md "Fees", clob-client-v2 fees/index.js): takers pay
 * `shares × rate × (p × (1 − p))^exponent` in collateral, rounded to 5 decimals (10 micros, half
 * up); makers pay nothing. `rate` and `exponent` are the market's (Gamma `feeSchedule`, CLOB
 * `fd.r`/`fd.e`): exponent 1 on most markets, 2 on some (crypto: rate 0.25, exponent 2). The fee is
 * largest at p = 0.5 and vanishes towards 0 and 1.
 */
export type LiquidityRole = 'taker' | 'maker';

/** A market's taker fee parameters. */
export interface FeeRate {
  rate: number;
  exponent: number;
  /**
   * Venues that round each fill's fee UP to a step say so here, in micros (Kalshi: 100, $0.0001).
   * Absent: Polymarket's rounding, to 10 micros half up.
   */
  roundUpTo?: Micros;
}

/** No fee (fee-free markets, tests). */
export const NO_FEE: FeeRate = { rate: 0, exponent: 1 };

const RATE_SCALE = 1_000_000_000n; // rates to 9 decimals
const FEE_STEP = 10n; // 5 decimals of collateral, in micros
const ONE = 1_000_000n;

function roundHalfUp(num: bigint, den: bigint): bigint {
  const q = num / den;
  return (num % den) * 2n >= den ? q + 1n : q;
}

export function takerFee(shares: Micros, price: Micros, fee: FeeRate): Micros {
  const { rate, exponent } = fee;
  if (shares < 0) throw new RangeError(`negative shares: ${shares}`);
  if (price < 0 || price > 1_000_000) throw new RangeError(`price out of [0, 1]: ${price}`);
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new RangeError(`bad fee rate: ${rate}`);
  if (!(exponent >= 0) || !Number.isFinite(exponent)) throw new RangeError(`bad fee exponent: ${exponent}`);
  if (rate === 0) return 0;
  const upTo = fee.roundUpTo;
  if (upTo !== undefined && (!Number.isInteger(upTo) || upTo <= 0))
    throw new RangeError(`bad fee rounding step: ${upTo}`);
  if (!Number.isInteger(exponent)) {
    const p = price / 1_000_000;
    const dollars = (shares / 1_000_000) * rate * (p * (1 - p)) ** exponent;
    if (upTo !== undefined) return Math.ceil((dollars * 1_000_000) / upTo) * upTo;
    return Math.round(dollars * 100_000) * Number(FEE_STEP);
  }
  const r = BigInt(Math.round(rate * Number(RATE_SCALE)));
  const p = BigInt(price);
  // fee micros = S · (P·(1e6 − P))^e · R / (1e12^e · 1e9); then to a multiple of 10 micros, half up.
  const e = BigInt(exponent);
  const variance = p * (ONE - p);
  const num = BigInt(shares) * variance ** e * r;
  if (upTo !== undefined) {
    const step = BigInt(upTo);
    const exact = (ONE * ONE) ** e * RATE_SCALE * step;
    return Number(((num + exact - 1n) / exact) * step);
  }
  const den = (ONE * ONE) ** e * RATE_SCALE * FEE_STEP;
  return Number(roundHalfUp(num, den) * FEE_STEP);
}

/** The fee of one fill for the given liquidity role: makers pay none. */
export function fillFee(role: LiquidityRole, shares: Micros, price: Micros, fee: FeeRate): Micros {
  return role === 'maker' ? 0 : takerFee(shares, price, fee);
}

/** Taker fees of several fills, each rounded on its own as the exchange charges them per fill. */
export function takerFeeForFills(fills: readonly { price: Micros; shares: Micros }[], fee: FeeRate): Micros {
  let total = 0;
  for (const fill of fills) total += takerFee(fill.shares, fill.price, fee);
  return total;
}
