import { z } from 'zod';
import { type Micros, toMicros } from '../../../core/model/money';

/** A finite number that may arrive as a JSON number or a decimal string ("0.45"). */
export const wireNumber = z.union([z.number(), z.string().trim().min(1)]).transform((value, ctx) => {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: `not a number: ${String(value)}` });
    return z.NEVER;
  }
  return n;
});

/** A non-negative decimal amount (shares, USDC) → micros. */
export const wireAmount = wireNumber.pipe(z.number().min(0)).transform((n): Micros => toMicros(n));

/** A probability price in [0, 1] → micros. */
export const wirePrice = wireNumber.pipe(z.number().min(0).max(1)).transform((n): Micros => toMicros(n));

/** A price that may be absent or "" (e.g. `last_trade_price` on a book with no trades) → micros | null. */
export const optionalWirePrice = z
  .union([z.literal(''), z.null(), wirePrice])
  .optional()
  .transform((v): Micros | null => (v === '' || v === null || v === undefined ? null : v));

/**
 * A wire value that may be absent or arrive as "" (websocket decimals such as `fee_rate_bps` on
 * `last_trade_price` do): "" reads as absent instead of failing the whole message.
 */
export function blankable<T extends z.ZodType>(schema: T) {
  return z
    .union([z.literal(''), schema])
    .optional()
    .transform((v): z.output<T> | undefined => (v === '' ? undefined : (v as z.output<T> | undefined)));
}

/** A CLOB token id: a decimal uint256 string. */
export const tokenId = z.string().regex(/^\d{1,78}$/, 'token id must be a decimal uint256 string');

/** A bytes32 hex id (conditionId, questionID). */
export const bytes32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'must be 0x + 64 hex digits');

/** Unix seconds or ms as number or string → number. */
export const wireInteger = wireNumber.pipe(z.number().int());

export const side = z.enum(['BUY', 'SELL']);
export type Side = z.infer<typeof side>;

/** "id" fields that arrive as numbers in some payloads and strings in others → string. */
export const wireId = z.union([z.string().min(1), z.number()]).transform(String);

/** A one-line reason from a zod error, for rejection logs (path: message; first few issues). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** A signed decimal amount (P&L) → micros. */
export const wireSignedAmount = wireNumber.transform((n): Micros => toMicros(n));
