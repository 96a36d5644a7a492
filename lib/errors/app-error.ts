/**
 * The project's error taxonomy, with the policy each kind implies (style.md §7):
 * - temporary   → retry with backoff (reads only), then skip the pass and try again next time;
 * - operational → pause trading and tell the user (balance, allowance, geoblock, kill switch…);
 * - validation  → reject the input with a message a person understands.
 * Messages are short, say what happened and what to do, and never contain a secret.
 */
export type ErrorKind = 'temporary' | 'operational' | 'validation';

export interface AppErrorOptions {
  /** Machine-readable code, stable across versions (e.g. 'rate_limited', 'fok_not_filled'). */
  code: string;
  /** Extra facts for logs and the UI (never secrets). */
  details?: Record<string, string | number | boolean | null>;
  /** HTTP status when the error came from an API. */
  status?: number;
  /** The remote service's own message, kept verbatim (already free of secrets). */
  remoteMessage?: string;
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: Record<string, string | number | boolean | null>;
  readonly status: number | undefined;
  readonly remoteMessage: string | undefined;

  constructor(kind: ErrorKind, message: string, options: AppErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.code = options.code;
    this.details = options.details ?? {};
    this.status = options.status;
    this.remoteMessage = options.remoteMessage;
  }

  /** A plain, serialisable view for messages to the UI and for the pass log. */
  toJSON(): SerializedError {
    return { kind: this.kind, code: this.code, message: this.message, details: this.details };
  }
}

export interface SerializedError {
  kind: ErrorKind;
  code: string;
  message: string;
  details: Record<string, string | number | boolean | null>;
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
