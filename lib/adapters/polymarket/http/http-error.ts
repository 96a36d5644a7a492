import { type AppError, operationalError, temporaryError, validationError } from '../../../errors/app-error';
import { readRemoteMessage } from './remote-message';

export interface RequestContext {
  api: string;
  endpoint: string;
  method: string;
}

function details(ctx: RequestContext, extra: Record<string, string | number | boolean | null> = {}) {
  return { api: ctx.api, endpoint: ctx.endpoint, method: ctx.method, ...extra };
}

/** Statuses worth another try for an idempotent read. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 425 || status >= 500;
}

/** An HTTP error response → AppError (the body's `{"error":"…"}` kept as remoteMessage, HTML never). */
export function httpStatusError(status: number, body: string, ctx: RequestContext): AppError {
  const remote = readRemoteMessage(body);
  const opts = {
    status,
    remoteMessage: remote.message,
    details: details(ctx, { status, bodyKind: remote.kind }),
  };
  const where = `${ctx.api} ${ctx.endpoint}`;
  if (status === 429)
    return temporaryError(`Polymarket is rate limiting us (${where}); retry later.`, {
      ...opts,
      code: 'rate_limited',
    });
  if (status === 425)
    return temporaryError(`Polymarket's engine is restarting (${where}); retry shortly.`, {
      ...opts,
      code: 'too_early',
    });
  if (status >= 500)
    return temporaryError(`Polymarket server error ${status} (${where}).`, { ...opts, code: 'server_error' });
  if (status === 401)
    return operationalError(`Polymarket refused our credentials (${where}).`, {
      ...opts,
      code: 'unauthorized',
    });
  if (status === 403)
    return operationalError(
      remote.kind === 'html'
        ? `Polymarket blocked this request (${where}); region or network may be blocked.`
        : `Polymarket refused the request (${where}).`,
      { ...opts, code: 'forbidden' },
    );
  if (status === 404)
    return validationError(`Not found on Polymarket (${where}).`, { ...opts, code: 'not_found' });
  if (status === 400 || status === 422)
    return validationError(`Polymarket rejected the request (${where}).`, { ...opts, code: 'bad_request' });
  return operationalError(`Unexpected HTTP ${status} from Polymarket (${where}).`, {
    ...opts,
    code: 'http_error',
  });
}

export function timeoutError(ctx: RequestContext, timeoutMs: number): AppError {
  return temporaryError(`Polymarket did not answer within ${timeoutMs} ms (${ctx.api} ${ctx.endpoint}).`, {
    code: 'timeout',
    details: details(ctx, { timeoutMs }),
  });
}

export function networkError(ctx: RequestContext, cause: unknown): AppError {
  return temporaryError(`Could not reach Polymarket (${ctx.api} ${ctx.endpoint}); check the connection.`, {
    code: 'network',
    details: details(ctx),
    cause,
  });
}

/** A 2xx response whose body is not JSON (e.g. a Cloudflare page served with 200). */
export function invalidBodyError(ctx: RequestContext, status: number, body: string): AppError {
  const remote = readRemoteMessage(body);
  return temporaryError(`Polymarket sent an unreadable response (${ctx.api} ${ctx.endpoint}).`, {
    code: 'invalid_response',
    status,
    remoteMessage: remote.message,
    details: details(ctx, { status, bodyKind: remote.kind }),
  });
}
