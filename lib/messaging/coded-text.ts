import { type CodedParams, type CodedText, codedTextSchema } from '../core/model/coded-text';
import { isAppError } from '../errors/app-error';

export {
  type CodedParams,
  type CodedText,
  codedParamSchema,
  codedTextSchema,
} from '../core/model/coded-text';

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
