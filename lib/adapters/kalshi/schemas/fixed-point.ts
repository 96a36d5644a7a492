import { z } from 'zod';
import type { Micros } from '../../../core/model/money';

/**
 * Kalshi's fixed-point strings (since 2026-03-12 the only number format, kalshi-api.md §0/§3):
 * prices `*_dollars` ("0.5600", up to 6 decimals) and counts `*_fp` ("10.00"). Parsed as decimal
 * text straight into micros — never through a float — so "0.0010" is exactly 1000.
 */
const DECIMAL = /^(-?)(\d{1,9})(?:\.(\d{1,6}))?$/;

export function fixedPointToMicros(text: string): Micros | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', frac = ''] = match;
  const micros = Number(whole) * 1_000_000 + Number(frac.padEnd(6, '0'));
  return sign === '-' ? -micros : micros;
}

const decimalString = (what: string) =>
  z.string().transform((text, ctx): Micros => {
    const micros = fixedPointToMicros(text);
    if (micros === null) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} must be a decimal string with at most 6 decimals, got "${text}"`,
      });
      return z.NEVER;
    }
    return micros;
  });

/** A dollar price in [0, 1] ("0.5600") → micros. */
export const kalshiPrice = decimalString('a price').refine((m) => m >= 0 && m <= 1_000_000, {
  message: 'a price must lie in [0, 1] dollars',
});

/** A dollar amount of any size and sign ("1000.0000", fees "0.010000") → micros. */
export const kalshiDollars = decimalString('a dollar amount');

/** A contract count ("10.00"; fractional down to 0.01) → micros of a contract; never negative. */
export const kalshiCount = decimalString('a count').refine((m) => m >= 0, {
  message: 'a count cannot be negative',
});

/** A signed count (book deltas, positions) → micros. */
export const kalshiSignedCount = decimalString('a count');

/** An ISO-8601 time → epoch ms. */
export const kalshiTime = z.string().transform((text, ctx) => {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a time: "${text}"` });
    return z.NEVER;
  }
  return ms;
});
