import type { OrderRejection } from '../../app/ports/exchange-port';
import { type AppError, temporaryError } from '../../errors/app-error';

/** The CLOB client's way of returning a failure instead of throwing: `{ error, status? }`. */
export interface ClientErrorBody {
  error: unknown;
  status?: number;
}

export function isClientError(value: unknown): value is ClientErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    (value as { error: unknown }).error !== undefined
  );
}

export function errorText(body: ClientErrorBody): string {
  const { error } = body;
  if (typeof error === 'string') return error.length > 300 ? `${error.slice(0, 300)}…` : error;
  if (typeof error === 'object' && error !== null && 'error' in error)
    return String((error as { error: unknown }).error);
  return JSON.stringify(error) ?? 'unknown error';
}

/**
 * A failed order post, classified (polymarket-api.md §4, §10). A definite refusal becomes a
 * rejection: FOK/FAK not filled, invalid order (validation), balance/allowance, closed-only, not
 * allowed (operational). No answer, 425 (engine restarting) or 5xx is an UNKNOWN outcome: thrown as
 * a temporary error so the intent is reconciled later, never re-sent.
 */
export function classifyPostFailure(body: ClientErrorBody): OrderRejection | AppError {
  const message = errorText(body);
  const status = body.status;
  if (status === undefined || status === 425 || status >= 500 || status === 429) {
    return temporaryError('The exchange did not confirm the order: it will be checked on the next pass.', {
      code: status === 425 ? 'exchange_restarting' : 'order_outcome_unknown',
      remoteMessage: message,
      ...(status === undefined ? {} : { status }),
    });
  }
  const lower = message.toLowerCase();
  if (lower.includes('fully filled or killed'))
    return { kind: 'validation', code: 'fok_not_filled', message };
  if (lower.includes('no orders found to match'))
    return { kind: 'validation', code: 'fak_no_match', message };
  if (lower.includes('not enough balance') || lower.includes('allowance')) {
    return { kind: 'operational', code: 'not_enough_balance', message };
  }
  if (lower.includes('closed only') || lower.includes('not allowed') || status === 401 || status === 403) {
    return { kind: 'operational', code: 'trading_not_allowed', message };
  }
  return { kind: 'validation', code: 'order_invalid', message };
}
