import type { Micros } from './money';
import type { BookLevel } from './order-book';
import { roundConfigFor } from './tick';

/**
 * Maker/taker amounts of a CLOB order, in micros, computed exactly as @polymarket/clob-client(-v2)
 * does (polymarket-api.md §5.4) but in exact integer arithmetic, so no float noise ever leaks in:
 * - sizes (shares) are rounded DOWN to 2 decimals;
 * - a derived amount with more decimals than the tick's `amount` is rounded UP to amount+4 decimals,
 *   then DOWN to `amount` decimals (the client's float-healing quirk, kept because the server
 *   expects the same numbers).
 * BUY: maker gives collateral, taker side is shares. SELL: maker gives shares, taker side is collateral.
 */
export type OrderSide = 'BUY' | 'SELL';

export interface OrderAmounts {
  side: OrderSide;
  /** The price the amounts were computed at, after the client's rounding. */
  price: Micros;
  makerAmount: Micros;
  takerAmount: Micros;
}

const SIZE_STEP = 10_000n; // 2 decimals of shares or collateral

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Round price to `decimals` places: 'nearest' for limit orders (roundNormal), 'down' for market orders. */
function roundPrice(price: Micros, decimals: number, mode: 'nearest' | 'down'): bigint {
  const step = pow10(6 - decimals);
  const p = BigInt(price);
  const q = p / step;
  const r = p % step;
  return (mode === 'nearest' && r * 2n >= step ? q + 1n : q) * step;
}

function roundDownSize(size: Micros): bigint {
  if (size < 0) throw new RangeError(`negative size: ${size}`);
  return (BigInt(size) / SIZE_STEP) * SIZE_STEP;
}

/**
 * The micro value num/den, rounded the client's way to `amountDecimals` (3–6): up to amount+4
 * decimals, then down to amount decimals.
 */
function roundAmount(num: bigint, den: bigint, amountDecimals: number): Micros {
  // In units of 10^-(amount+4): value_micros × 10^(amount+4-6).
  const scale = pow10(amountDecimals - 2);
  const up = (num * scale + den - 1n) / den;
  const down = up / 10_000n;
  return Number(down * pow10(6 - amountDecimals));
}

function checkPrice(price: bigint): void {
  if (price <= 0n || price >= 1_000_000n) throw new RangeError(`price out of (0, 1): ${price} micros`);
}

/** A limit order of `size` shares at `price` (GTC/GTD/FOK limit). */
export function limitOrderAmounts(side: OrderSide, price: Micros, size: Micros, tick: Micros): OrderAmounts {
  const config = roundConfigFor(tick);
  const p = roundPrice(price, config.price, 'nearest');
  checkPrice(p);
  const shares = roundDownSize(size);
  const collateral = roundAmount(shares * p, 1_000_000n, config.amount);
  return side === 'BUY'
    ? { side, price: Number(p), makerAmount: collateral, takerAmount: Number(shares) }
    : { side, price: Number(p), makerAmount: Number(shares), takerAmount: collateral };
}

/**
 * A market order (FOK/FAK). BUY: `amount` is collateral to spend; SELL: `amount` is shares to sell.
 * `price` is the worst acceptable price (see marketBuyPrice / marketSellPrice).
 */
export function marketOrderAmounts(
  side: OrderSide,
  amount: Micros,
  price: Micros,
  tick: Micros,
): OrderAmounts {
  const config = roundConfigFor(tick);
  const p = roundPrice(price, config.price, 'down');
  checkPrice(p);
  const maker = roundDownSize(amount);
  const taker =
    side === 'BUY'
      ? roundAmount(maker * 1_000_000n, p, config.amount)
      : roundAmount(maker * p, 1_000_000n, config.amount);
  return { side, price: Number(p), makerAmount: Number(maker), takerAmount: taker };
}

/**
 * The client's price for a market BUY of `amount` collateral: walking asks from the best, the price
 * of the level where cumulative notional (size × price) first reaches the amount. Null when the book
 * is too thin (the client throws "no match" for FOK). Asks are best first (domain order).
 */
export function marketBuyPrice(asks: readonly BookLevel[], amount: Micros): Micros | null {
  const target = BigInt(amount) * 1_000_000n;
  let sum = 0n;
  for (const level of asks) {
    sum += BigInt(level.size) * BigInt(level.price);
    if (sum >= target) return level.price;
  }
  return null;
}

/** The client's price for a market SELL of `shares`: the bid level where cumulative size reaches them. */
export function marketSellPrice(bids: readonly BookLevel[], shares: Micros): Micros | null {
  let sum = 0;
  for (const level of bids) {
    sum += level.size;
    if (sum >= shares) return level.price;
  }
  return null;
}
