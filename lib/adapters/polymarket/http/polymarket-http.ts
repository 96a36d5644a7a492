import type { AppError } from '../../../errors/app-error';
import { type BackoffOptions, backoffDelay, parseRetryAfter } from './backoff';
import { buildQuery, fillRoute, type QueryParams } from './build-url';
import { type Clock, systemClock } from './clock';
import { bucketsFor, RATE_WINDOW_MS } from './endpoint-limits';
import {
  httpStatusError,
  invalidBodyError,
  isRetryableStatus,
  networkError,
  type RequestContext,
  timeoutError,
} from './http-error';
import { baseUrlFor, type PolymarketApi, type PolymarketEndpoints } from './polymarket-endpoints';
import type { RequestMetricSink, RequestOutcome } from './request-metric';
import { SlidingWindowLimiter } from './sliding-window-limiter';
import { TtlCache } from './ttl-cache';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface PolymarketHttpOptions {
  endpoints: PolymarketEndpoints;
  /** Defaults to the global fetch. */
  fetch?: FetchFn;
  clock?: Clock;
  random?: () => number;
  onRequest?: RequestMetricSink;
  /** Per-attempt timeout (default 10 s). */
  timeoutMs?: number;
  /** Attempts for idempotent requests, first try included (default 4). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Upper bound on an honoured Retry-After (default 60 s). */
  maxRetryAfterMs?: number;
  /** Share of each published rate limit we use (default 0.8). */
  rateLimitHeadroom?: number;
  /** The rate budget, when it outlives this layer (clients rebuilt for new endpoints share one). */
  limiter?: SlidingWindowLimiter;
}

/** A rate budget for the published limits (createPolymarketClientsProvider keeps one for every rebuild). */
export function createRateLimiter(options: Pick<PolymarketHttpOptions, 'clock' | 'rateLimitHeadroom'>) {
  return new SlidingWindowLimiter({
    clock: options.clock ?? systemClock,
    windowMs: RATE_WINDOW_MS,
    headroom: options.rateLimitHeadroom ?? 0.8,
  });
}

export interface HttpRequest {
  api: PolymarketApi;
  method?: HttpMethod;
  /** Route template, e.g. `/markets/{id}`: the rate-limit and metrics key. */
  route: string;
  pathParams?: Readonly<Record<string, string>>;
  query?: QueryParams;
  body?: unknown;
  /** Retry on temporary failures? Defaults to true for GET, false otherwise. Never set true for orders. */
  idempotent?: boolean;
  /** Serve from / store in the short cache for this long (opt-in, non-critical reads only). */
  cacheTtlMs?: number;
  timeoutMs?: number;
}

type Attempt = { ok: true; value: unknown } | { ok: false; error: AppError; retryAfterMs: number | null };

/** The fetch-based HTTP layer under every Polymarket read client. Throws AppError on failure. */
export class PolymarketHttp {
  private readonly fetchFn: FetchFn;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly limiter: SlidingWindowLimiter;
  private readonly cache: TtlCache;

  constructor(private readonly options: PolymarketHttpOptions) {
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.limiter = options.limiter ?? createRateLimiter(options);
    this.cache = new TtlCache(this.clock);
  }

  /** Resolves to the parsed JSON body (null for an empty body). */
  async request(req: HttpRequest): Promise<unknown> {
    const method = req.method ?? 'GET';
    const base = baseUrlFor(this.options.endpoints, req.api);
    const url = `${base}${fillRoute(req.route, req.pathParams)}${buildQuery(req.query)}`;
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const ctx: RequestContext = { api: req.api, endpoint: req.route, method };
    const cacheKey = `${method} ${url} ${body ?? ''}`;
    if (req.cacheTtlMs !== undefined) {
      const hit = this.cache.get(cacheKey);
      if (hit) {
        this.report(req, base, method, null, 0, 0, 'cached');
        return hit.value;
      }
    }
    const idempotent = req.idempotent ?? method === 'GET';
    const maxAttempts = idempotent ? Math.max(1, this.options.maxAttempts ?? 4) : 1;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(bucketsFor(req.api, req.route));
      const result = await this.attempt(req, base, url, method, body, ctx, attempt);
      if (result.ok) {
        if (req.cacheTtlMs !== undefined) this.cache.set(cacheKey, result.value, req.cacheTtlMs);
        return result.value;
      }
      if (attempt >= maxAttempts || !isRetryable(result.error)) throw result.error;
      await this.clock.sleep(this.retryDelay(attempt, result.retryAfterMs));
    }
  }

  /** Forget cached responses (e.g. after settings change). */
  clearCache(): void {
    this.cache.clear();
  }

  private retryDelay(attempt: number, retryAfterMs: number | null): number {
    if (retryAfterMs !== null) return Math.min(retryAfterMs, this.options.maxRetryAfterMs ?? 60_000);
    return backoffDelay(
      attempt,
      this.options.backoff ?? { baseDelayMs: 250, maxDelayMs: 8_000 },
      this.random,
    );
  }

  private async attempt(
    req: HttpRequest,
    base: string,
    url: string,
    method: HttpMethod,
    body: string | undefined,
    ctx: RequestContext,
    attempt: number,
  ): Promise<Attempt> {
    const timeoutMs = req.timeoutMs ?? this.options.timeoutMs ?? 10_000;
    const abort = new AbortController();
    const timer = new AbortController();
    const started = this.clock.now();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const exchange = (async () => {
      const res = await this.fetchFn(url, { method, headers, body, signal: abort.signal });
      return { res, text: await res.text() };
    })();
    const timedOut = this.clock.sleep(timeoutMs, timer.signal).then(() => 'timeout' as const);
    const report = (status: number | null, outcome: RequestOutcome) =>
      this.report(req, base, method, status, this.clock.now() - started, attempt, outcome);
    try {
      const winner = await Promise.race([exchange, timedOut]);
      if (winner === 'timeout') {
        abort.abort();
        exchange.catch(() => undefined);
        report(null, 'timeout');
        return { ok: false, error: timeoutError(ctx, timeoutMs), retryAfterMs: null };
      }
      const { res, text } = winner;
      if (!res.ok) {
        report(res.status, 'http_error');
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
        return { ok: false, error: httpStatusError(res.status, text, ctx), retryAfterMs: retryAfter };
      }
      if (text.trim() === '') {
        report(res.status, 'ok');
        return { ok: true, value: null };
      }
      try {
        const value: unknown = JSON.parse(text);
        report(res.status, 'ok');
        return { ok: true, value };
      } catch {
        report(res.status, 'invalid_body');
        return { ok: false, error: invalidBodyError(ctx, res.status, text), retryAfterMs: null };
      }
    } catch (cause) {
      report(null, 'network');
      return { ok: false, error: networkError(ctx, cause), retryAfterMs: null };
    } finally {
      timer.abort();
    }
  }

  private report(
    req: HttpRequest,
    base: string,
    method: string,
    status: number | null,
    latencyMs: number,
    attempt: number,
    outcome: RequestOutcome,
  ): void {
    if (!this.options.onRequest) return;
    let host = base;
    try {
      host = new URL(base).host;
    } catch {
      // keep the raw base when it is not an absolute URL
    }
    const metric = { api: req.api, host, endpoint: req.route, method, status, latencyMs, attempt, outcome };
    try {
      this.options.onRequest(metric);
    } catch {
      // a failing metrics sink must never fail the request it measures
    }
  }
}

function isRetryable(error: AppError): boolean {
  if (error.code === 'timeout' || error.code === 'network') return true;
  return error.status !== undefined && isRetryableStatus(error.status) && error.code !== 'invalid_response';
}
