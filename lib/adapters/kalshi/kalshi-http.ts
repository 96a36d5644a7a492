import type { z } from 'zod';
import { type AppError, operationalError, temporaryError, validationError } from '../../errors/app-error';
import { describeIssues } from '../polymarket/schemas/wire-primitives';
import type { KalshiSigner } from './request-signer';
import { type KalshiErrorBody, kalshiErrorBodySchema } from './schemas/error-body';

/** How to reach one Kalshi environment. `baseUrl` ends with `/trade-api/v2` (a setting). */
export interface KalshiHttpOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  /** Signs every request when present (order books accept it; portfolio calls need it). */
  signer?: KalshiSigner;
  /** Abort a request after this long (default 15 s). */
  timeoutMs?: number;
}

export type KalshiQuery = Record<string, string | number | boolean | undefined>;

export function kalshiUrl(baseUrl: string, path: string, query: KalshiQuery = {}): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  for (const [name, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(name, String(value));
  return url.toString();
}

function remoteText(body: KalshiErrorBody | null): string {
  if (!body) return '';
  return [body.message || body.code, body.details].filter(Boolean).join(' — ');
}

/**
 * A Kalshi error answer → an AppError whose message says what happened in plain words. The code is
 * ours (worded in locales/*.yml under `errors`); Kalshi's own code and message are kept in
 * `details.kalshiCode` / `details.remote` and `remoteMessage`.
 */
export function kalshiHttpError(status: number, body: KalshiErrorBody | null, endpoint: string): AppError {
  const remote = remoteText(body) || `HTTP ${status}`;
  const details = { endpoint, venue: 'kalshi', status, remote, kalshiCode: body?.code ?? '' };
  const options = { status, remoteMessage: remote, details };
  if (status === 401 || status === 403)
    return operationalError(
      `Kalshi refused the API key (${remote}). Check the key id, the private key file, and that both belong to the environment in use (demo keys work only on demo).`,
      { ...options, code: 'kalshi_auth_refused' },
    );
  if (status === 429)
    return temporaryError(`Kalshi is rate limiting us (${remote}); we will slow down.`, {
      ...options,
      code: 'kalshi_rate_limited',
    });
  if (status >= 500)
    return temporaryError(`Kalshi is unavailable right now (${remote}).`, {
      ...options,
      code: 'kalshi_unavailable',
    });
  if (status === 409)
    return operationalError(`Kalshi refused the order: ${remote}.`, {
      ...options,
      code: 'kalshi_order_conflict',
    });
  return validationError(`Kalshi refused the request (${remote}).`, { ...options, code: 'kalshi_refused' });
}

/** Validates a payload; an untrusted one is a temporary error that names the first issues. */
export function decodeKalshi<S extends z.ZodType>(schema: S, raw: unknown, endpoint: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw temporaryError(`Kalshi sent a payload we cannot trust (${endpoint}).`, {
    code: 'kalshi_invalid_payload',
    details: { endpoint, venue: 'kalshi', issues: describeIssues(parsed.error) },
  });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** One request: signs it when a signer is set, maps Kalshi's error answers, validates the body. */
export async function kalshiRequest<S extends z.ZodType>(
  options: KalshiHttpOptions,
  request: { method: 'GET' | 'POST' | 'DELETE'; path: string; query?: KalshiQuery; body?: unknown },
  schema: S,
): Promise<z.output<S>> {
  const url = kalshiUrl(options.baseUrl, request.path, request.query);
  const endpoint = `${request.method} ${request.path}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (options.signer) Object.assign(headers, await options.signer.headers(request.method, url));
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (cause) {
    throw temporaryError(`Kalshi could not be reached (${endpoint}).`, {
      code: 'kalshi_unreachable',
      details: { endpoint, venue: 'kalshi' },
      cause,
    });
  }
  const raw = await readJson(response);
  const errorBody = kalshiErrorBodySchema.safeParse(raw);
  if (!response.ok)
    throw kalshiHttpError(response.status, errorBody.success ? errorBody.data : null, endpoint);
  // Kalshi answers some refusals with a 2xx error envelope (the retired V1 order endpoints).
  if (errorBody.success && errorBody.data.code) throw kalshiHttpError(400, errorBody.data, endpoint);
  return decodeKalshi(schema, raw, endpoint);
}
