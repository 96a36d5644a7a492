import type { FeeSchedule } from '../state/market-model.ts';

/**
 * Taker fee in collateral micro units: shares × rate × (p × (1 − p))^exponent, rounded to 5 decimals.
 * With exponent 1 (the generated markets) this is the documented shares × rate × p × (1 − p).
 */
export function takerFee(shares: bigint, price: bigint, schedule: FeeSchedule | null): bigint {
  if (!schedule || schedule.rate === 0) return 0n;
  const p = Number(price) / 1e6;
  const dollars = (Number(shares) / 1e6) * schedule.rate * (p * (1 - p)) ** schedule.exponent;
  return BigInt(Math.round(dollars * 1e5)) * 10n;
}
