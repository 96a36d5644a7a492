/**
 * The project's error taxonomy, with the policy each kind implies (style.md §7):
 * - temporary   → retry with backoff (reads only), then skip the pass and try again next time;
 * - operational → pause trading and tell the user (balance, allowance, geoblock, kill switch…);
 * - validation  → reject the input with a message a person understands.
 * Messages are short, say what happened and what to do, and never contain a secret.
 */
export type ErrorKind = 'temporary' | 'operational' | 'validation';

/** A message's machine form for the UI's language (lib/messaging/coded-text.ts defines it). */
export interface ErrorText {
  code: string;
  params: Record<string, string | number>;
}

export interface AppErrorOptions {
  /** Machine-readable code, stable across versions (e.g. 'rate_limited', 'fok_not_filled'). */
  code: string;
  /** Extra facts for logs and the UI (never secrets). */
  details?: Record<string, string | number | boolean | null>;
  /** HTTP status when the error came from an API. */
  status?: number;
  /** The remote service's own message, kept verbatim (already free of secrets). */
  remoteMessage?: string;
  /** The message's coded form when it is not simply `code` with `details` (e.g. a variant). */
  text?: ErrorText;
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: Record<string, string | number | boolean | null>;
  readonly status: number | undefined;
  readonly remoteMessage: string | undefined;
  readonly text: ErrorText | undefined;

  constructor(kind: ErrorKind, message: string, options: AppErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.code = options.code;
    this.details = options.details ?? {};
    this.status = options.status;
    this.remoteMessage = options.remoteMessage;
    this.text = options.text;
  }

  /** A plain, serialisable view for messages to the UI and for the pass log. */
  toJSON(): SerializedError {
    const json = { kind: this.kind, code: this.code, message: this.message, details: this.details };
    return this.text ? { ...json, text: this.text } : json;
  }
}

export interface SerializedError {
  kind: ErrorKind;
  code: string;
  message: string;
  details: Record<string, string | number | boolean | null>;
  text?: ErrorText;
}

export const temporaryError = (message: string, options: AppErrorOptions) =>
  new AppError('temporary', message, options);
export const operationalError = (message: string, options: AppErrorOptions) =>
  new AppError('operational', message, options);
export const validationError = (message: string, options: AppErrorOptions) =>
  new AppError('validation', message, options);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Any thrown value → a serialisable error; unknown errors become 'temporary' with their message. */
export function serializeError(e: unknown): SerializedError {
  if (isAppError(e)) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'temporary', code: 'unexpected', message, details: {} };
}
