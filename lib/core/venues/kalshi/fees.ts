import type { Micros } from '../../model/money';

/**
 * Kalshi's trading fees (kalshi-api.md §5). A series names its `fee_type` and a `fee_multiplier`:
 * takers pay `0.07 × C × P × (1 − P)`, makers pay `0.0175 × C × P × (1 − P)` only on series with
 * maker fees (`0.035` with combo maker fees), C = contracts, P = price in dollars.
 *
 * Rounding (docs: getting_started/fee_rounding): each fill's trade fee is rounded UP to $0.0001; the
 * balance change (revenue − fee) is floored to the member's precision ($0.01 for retail members,
 * $0.0001 for direct members) and the difference is a "rounding fee"; a per-order accumulator
 * gives whole cents back once the accumulated rounding exceeds $0.01, so an order's total fee
 * converges to what one equivalent fill would cost. All amounts are micros.
 */
export type KalshiFeeType = 'quadratic' | 'quadratic_with_maker_fees' | 'quadratic_with_combo_maker_fees';
export type KalshiFeeRole = 'taker' | 'maker';

export interface KalshiFeeSchedule {
  feeType: KalshiFeeType;
  /** The series' (or event's override) `fee_multiplier`; 1 when absent. */
  multiplier: number;
}

/** Retail (non-direct) members settle to the cent, direct members to $0.0001. */
export const KALSHI_RETAIL_PRECISION: Micros = 10_000;
export const KALSHI_DIRECT_PRECISION: Micros = 100;
/** Trade fees are rounded up to $0.0001. */
export const KALSHI_FEE_STEP: Micros = 100;

const TAKER_RATE = 0.07;
const MAKER_RATES: Record<KalshiFeeType, number> = {
  quadratic: 0,
  quadratic_with_maker_fees: 0.0175,
  quadratic_with_combo_maker_fees: 0.035,
};

const RATE_SCALE = 1_000_000_000n;
const ONE = 1_000_000n;

function ceilDiv(num: bigint, den: bigint): bigint {
  return num <= 0n ? 0n : (num + den - 1n) / den;
}

function floorToStep(value: Micros, step: Micros): Micros {
  return Math.floor(value / step) * step;
}

/** The fee rate for a role on a schedule, multiplier applied. */
export function kalshiFeeRate(role: KalshiFeeRole, schedule: KalshiFeeSchedule): number {
  const base = role === 'taker' ? TAKER_RATE : MAKER_RATES[schedule.feeType];
  return base * schedule.multiplier;
}

/** One fill's trade fee: rate × C × P × (1 − P), rounded up to $0.0001. */
export function kalshiTradeFee(
  contracts: Micros,
  price: Micros,
  role: KalshiFeeRole,
  schedule: KalshiFeeSchedule,
): Micros {
  if (!Number.isInteger(contracts) || contracts < 0) throw new RangeError(`bad contract count: ${contracts}`);
  if (!Number.isInteger(price) || price < 0 || price > 1_000_000)
    throw new RangeError(`price out of [0, 1]: ${price}`);
  const rate = kalshiFeeRate(role, schedule);
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`bad fee rate: ${rate}`);
  const rateN = BigInt(Math.round(rate * Number(RATE_SCALE)));
  const p = BigInt(price);
  // micros = rate × C × P × (1 − P) with C, P in micros: rateN/1e9 × C × P × (1e6 − P) / 1e12.
  const num = rateN * BigInt(contracts) * p * (ONE - p);
  const den = RATE_SCALE * ONE * ONE * BigInt(KALSHI_FEE_STEP);
  return Number(ceilDiv(num, den)) * KALSHI_FEE_STEP;
}

export interface KalshiSettledFill {
  tradeFee: Micros;
  /** What the floor of the balance change to the member's precision took on top of the trade fee. */
  roundingFee: Micros;
  /** Whole cents given back by the order's accumulator at this fill. */
  rebate: Micros;
  /** The balance change: revenue − trade fee − rounding fee + rebate. */
  balanceChange: Micros;
}

export interface KalshiOrderFill {
  contracts: Micros;
  price: Micros;
  role: KalshiFeeRole;
  /** Cash the fill brings before fees: negative for a buy (−C × P), positive for a sale. */
  revenue: Micros;
}

/** Settles an order's fills in order, with the per-order rounding accumulator. */
export function settleKalshiOrder(
  fills: readonly KalshiOrderFill[],
  schedule: KalshiFeeSchedule,
  precision: Micros = KALSHI_RETAIL_PRECISION,
): { fills: KalshiSettledFill[]; netFee: Micros } {
  if (precision <= 0 || !Number.isInteger(precision)) throw new RangeError(`bad precision: ${precision}`);
  let accumulated = 0;
  let netFee = 0;
  const settled = fills.map((fill): KalshiSettledFill => {
    const tradeFee = kalshiTradeFee(fill.contracts, fill.price, fill.role, schedule);
    const exact = fill.revenue - tradeFee;
    const floored = floorToStep(exact, precision);
    const roundingFee = exact - floored;
    accumulated += roundingFee;
    const rebate =
      accumulated > KALSHI_RETAIL_PRECISION ? floorToStep(accumulated, KALSHI_RETAIL_PRECISION) : 0;
    accumulated -= rebate;
    netFee += tradeFee + roundingFee - rebate;
    return { tradeFee, roundingFee, rebate, balanceChange: floored + rebate };
  });
  return { fills: settled, netFee };
}
