import { z } from 'zod';
import { isAppError } from '../errors/app-error';

/** A parameter of a coded text: a word or a raw number (the UI formats numbers in its locale). */
export const codedParamSchema = z.union([z.string(), z.number()]);

/**
 * A user-facing message in a stable machine form, carried BESIDE its English text (never instead of
 * it): the UI renders `<namespace>.<code>` with `params` in its language and falls back to the
 * English text when it has no translation. Number params are formatted by the UI, by their name's
 * ending: `…Usd` money in micros, `…Price` a price in micros (cents), `…Ratio` a ratio (percent),
 * `…Move` a signed ratio, `…Shares` shares in micros; any other number is a plain count. `side`
 * ('yes' / 'no') and `closeReason` are words the UI translates. A `cause` is the coded form of
 * the `reason` param (an error inside a note: "Order books unavailable: <reason>").
 */
export const codedTextSchema = z.object({
  code: z.string().regex(/^[A-Za-z0-9_]+$/),
  params: z.record(z.string(), codedParamSchema),
  cause: z
    .object({ code: z.string().regex(/^[A-Za-z0-9_]+$/), params: z.record(z.string(), codedParamSchema) })
    .optional(),
});
export type CodedText = z.infer<typeof codedTextSchema>;
export type CodedParams = CodedText['params'];

export function coded(code: string, params: CodedParams = {}, cause?: CodedText): CodedText {
  return cause ? { code, params, cause: { code: cause.code, params: cause.params } } : { code, params };
}

/** An AppError's details as params: strings and numbers only (flags and nulls are not words). */
export function paramsOf(details: Record<string, unknown>): CodedParams {
  const params: CodedParams = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      params[key] = value;
    }
  }
  return params;
}

/** The coded form of anything thrown: an AppError's own text, else its code and details; else none. */
export function codedFromError(error: unknown): CodedText | undefined {
  if (!isAppError(error)) return undefined;
  const text = error.text ?? { code: error.code, params: paramsOf(error.details) };
  return codedTextSchema.safeParse(text).success ? text : undefined;
}

/** The texts, or undefined unless every one is well formed (a row never fails on its coded form). */
export function allCoded(texts: readonly (CodedText | undefined)[]): CodedText[] | undefined {
  if (texts.length === 0) return undefined;
  const valid = texts.filter((t): t is CodedText => t !== undefined && codedTextSchema.safeParse(t).success);
  return valid.length === texts.length ? valid : undefined;
}

/** "<what>: <reason>" with the reason's coded form as the cause (English text kept as `reason`). */
export function codedWithReason(code: string, error: unknown, params: CodedParams = {}): CodedText {
  const reason = error instanceof Error ? error.message : String(error);
  return coded(code, { ...params, reason }, codedFromError(error));
}
