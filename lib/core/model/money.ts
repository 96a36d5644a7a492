/**
 * Exact money. Every price, collateral amount and share count in the domain is an integer number of
 * micro-units (1e-6): pUSD and outcome tokens both have 6 decimals, and every tick size (0.1 … 0.0001)
 * is a whole number of micro-units. Integers below 2^53 are exact in a JS number, so micros survive
 * JSON, IndexedDB and runtime messages unchanged; products go through BigInt so they never lose a unit.
 *
 *   0.43 pUSD/share  → 430_000      12.5 shares → 12_500_000      tick 0.01 → 10_000
 */
export type Micros = number;

export const MICRO = 1_000_000;
const MICRO_N = 1_000_000n;

export type Rounding = 'down' | 'up' | 'nearest';

/** Decimal (number or string) → micros. Rounds to the nearest micro by default. */
export function toMicros(value: number | string, rounding: Rounding = 'nearest'): Micros {
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) throw new RangeError(`not a finite amount: ${String(value)}`);
  // Fast path: a decimal already on the micro grid (0.29 * 1e6 = 289999.99999999994 → 290000).
  const raw = n * MICRO;
  const nearest = Math.round(raw);
  if (Math.abs(raw - nearest) < 1e-7) return nearest;
  // Otherwise parse through a fixed string so float noise never tips a rounding the wrong way.
  const scaled = Number(raw.toFixed(6));
  if (rounding === 'down') return Math.floor(scaled + 1e-9);
  if (rounding === 'up') return Math.ceil(scaled - 1e-9);
  return Math.round(scaled);
}

/** Micros → decimal number (for display and for APIs that want decimals). */
export function fromMicros(micros: Micros): number {
  return micros / MICRO;
}

/** Micros → a decimal string with at most 6 decimals and no trailing zeros ("0.43", "12.5", "3"). */
export function microsToDecimalString(micros: Micros): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const whole = Math.floor(abs / MICRO);
  const frac = String(abs % MICRO)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}

function divRound(num: bigint, den: bigint, rounding: Rounding): bigint {
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  let q = a / b;
  const r = a % b;
  if (r !== 0n) {
    if (rounding === 'nearest' && r * 2n >= b) q += 1n;
    // 'up' means away from zero for positives, toward +∞ in general.
    else if (rounding === 'up' && !negative) q += 1n;
    else if (rounding === 'down' && negative) q += 1n;
  }
  return negative ? -q : q;
}

/** a × b for two micro quantities (e.g. shares × price → collateral), rounded to a micro. */
export function mulMicros(a: Micros, b: Micros, rounding: Rounding = 'nearest'): Micros {
  return Number(divRound(BigInt(a) * BigInt(b), MICRO_N, rounding));
}

/** a ÷ b for two micro quantities (e.g. collateral ÷ price → shares), rounded to a micro. */
export function divMicros(a: Micros, b: Micros, rounding: Rounding = 'nearest'): Micros {
  if (b === 0) throw new RangeError('division by zero');
  return Number(divRound(BigInt(a) * MICRO_N, BigInt(b), rounding));
}

/** Round micros to a multiple of `step` micros (a tick, or 10_000 for 2-decimal share sizes). */
export function roundToStep(micros: Micros, step: Micros, rounding: Rounding): Micros {
  if (step <= 0 || !Number.isInteger(step)) throw new RangeError(`bad step: ${step}`);
  return Number(divRound(BigInt(micros), BigInt(step), rounding)) * step;
}

const RATIO_SCALE = 1_000_000_000n;

/**
 * micros × a plain ratio (a setting such as 0.10 or a fee rate such as 0.04), rounded to a micro. The
 * ratio is taken to 9 decimals, which every setting and fee rate fits, so the product stays exact.
 */
export function scaleMicros(micros: Micros, ratio: number, rounding: Rounding = 'nearest'): Micros {
  if (!Number.isFinite(ratio)) throw new RangeError(`not a finite ratio: ${ratio}`);
  const r = BigInt(Math.round(ratio * Number(RATIO_SCALE)));
  return Number(divRound(BigInt(micros) * r, RATIO_SCALE, rounding));
}

/** a ÷ b as a plain number (e.g. a drop or a P&L fraction); b must not be zero. */
export function ratioOf(a: Micros, b: Micros): number {
  if (b === 0) throw new RangeError('division by zero');
  return a / b;
}

/** The sum of micro quantities. */
export function sumMicros(values: readonly Micros[]): Micros {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
