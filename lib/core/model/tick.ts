import { MICRO, type Micros, type Rounding, roundToStep } from './money';

/**
 * Tick sizes Polymarket uses, in micros. 0.1 … 0.0001 are the classic ones; CLOB V2 added 0.005 and
 * 0.0025. A market's tick can change while it trades (it shrinks near 0 and 1).
 */
export const TICK_SIZES = {
  '0.1': 100_000,
  '0.01': 10_000,
  '0.005': 5_000,
  '0.0025': 2_500,
  '0.001': 1_000,
  '0.0001': 100,
} as const satisfies Record<string, Micros>;

/** Decimal places the CLOB client keeps for an order's price, size (shares) and amount (collateral). */
export interface RoundConfig {
  price: number;
  size: number;
  amount: number;
}

const ROUND_CONFIGS: ReadonlyMap<Micros, RoundConfig> = new Map([
  [TICK_SIZES['0.1'], { price: 1, size: 2, amount: 3 }],
  [TICK_SIZES['0.01'], { price: 2, size: 2, amount: 4 }],
  [TICK_SIZES['0.005'], { price: 3, size: 2, amount: 5 }],
  [TICK_SIZES['0.0025'], { price: 4, size: 2, amount: 6 }],
  [TICK_SIZES['0.001'], { price: 3, size: 2, amount: 5 }],
  [TICK_SIZES['0.0001'], { price: 4, size: 2, amount: 6 }],
]);

export function isKnownTickSize(tick: Micros): boolean {
  return ROUND_CONFIGS.has(tick);
}

/** The CLOB client's rounding table entry for a tick size; throws on a tick Polymarket does not use. */
export function roundConfigFor(tick: Micros): RoundConfig {
  const config = ROUND_CONFIGS.get(tick);
  if (!config) throw new RangeError(`unknown tick size: ${tick} micros`);
  return config;
}

/** True when the price is a whole number of ticks. */
export function isOnTick(price: Micros, tick: Micros): boolean {
  return Number.isInteger(price) && price % tick === 0;
}

/** Lowest and highest price an order may carry: [tick, 1 − tick]. */
export function priceBounds(tick: Micros): { min: Micros; max: Micros } {
  return { min: tick, max: MICRO - tick };
}

/** Clamp a price into [tick, 1 − tick]. */
export function clampToTickRange(price: Micros, tick: Micros): Micros {
  const { min, max } = priceBounds(tick);
  return Math.min(max, Math.max(min, price));
}

/**
 * Round a price onto the tick grid ('up' for a buyer's marketable limit, 'down' for a seller's), then
 * clamp it into [tick, 1 − tick] so the exchange accepts it.
 */
export function roundPriceToTick(price: Micros, tick: Micros, direction: Rounding): Micros {
  return clampToTickRange(roundToStep(price, tick, direction), tick);
}

/** What the CLOB client and server accept: on the grid and within [tick, 1 − tick]. */
export function isValidOrderPrice(price: Micros, tick: Micros): boolean {
  const { min, max } = priceBounds(tick);
  return isOnTick(price, tick) && price >= min && price <= max;
}
