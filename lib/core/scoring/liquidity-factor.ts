import { depthNearMid } from '../model/book-stats';
import { fromMicros, type Micros } from '../model/money';
import type { MarketBooks } from '../rules/eligibility';
import type { FactorValue } from './opportunity-scorer';

/** Depth is measured within this fraction of each book's midpoint. */
export const LIQUIDITY_BAND = 0.02;
/** Depth of `minLiquidity` scores 0; this many times it scores 1. */
export const LIQUIDITY_TOP_MULTIPLE = 100;

/** Resting collateral within 2 % of the midpoint, both sides of both books. */
export function liquidityDepth(books: MarketBooks): Micros {
  return depthNearMid(books.yes, LIQUIDITY_BAND) + depthNearMid(books.no, LIQUIDITY_BAND);
}

/** Log-scaled: minLiquidity → 0, 100 × minLiquidity → 1, clamped. `raw` is the depth in USD. */
export function liquidityFactor(depth: Micros, minLiquidityUsd: number): FactorValue {
  const raw = fromMicros(depth);
  if (raw <= 0 || minLiquidityUsd <= 0) return { raw, normalised: raw > 0 ? 1 : 0 };
  const normalised = Math.log(raw / minLiquidityUsd) / Math.log(LIQUIDITY_TOP_MULTIPLE);
  return { raw, normalised: Math.min(1, Math.max(0, normalised)) };
}
