import { describe, expect, it } from 'vitest';
import { PolymarketHttp } from '../../../lib/adapters/polymarket/http/polymarket-http';
import type { RequestMetric } from '../../../lib/adapters/polymarket/http/request-metric';
import { AppError } from '../../../lib/errors/app-error';
import { FakeClock } from './fake-clock';
import { ENDPOINTS, json, scriptedFetch, text } from './fake-fetch';

function setup(replies: Parameters<typeof scriptedFetch>[0], extra: { timeoutMs?: number } = {}) {
  const clock = new FakeClock();
  const { fetch, calls } = scriptedFetch(replies);
  const metrics: RequestMetric[] = [];
  const http = new PolymarketHttp({
    endpoints: ENDPOINTS,
    fetch,
    clock,
    random: () => 0.5,
    onRequest: (m) => metrics.push(m),
    ...extra,
  });
  return { clock, calls, metrics, http };
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('PolymarketHttp', () => {
  it('builds the URL from settings, repeats array params and reports a metric', async () => {
    const { http, calls, metrics, clock } = setup([json([{ id: '1' }])]);
    const value = await clock.drive(
      http.request({
        api: 'gamma',
        route: '/markets',
        query: { id: ['1', '2'], closed: false, x: undefined },
      }),
    );
    expect(value).toEqual([{ id: '1' }]);
    expect(calls[0]?.url).toBe('https://gamma.test/markets?id=1&id=2&closed=false');
    expect(metrics).toEqual([
      {
        api: 'gamma',
        host: 'gamma.test',
        endpoint: '/markets',
        method: 'GET',
        status: 200,
        latencyMs: 0,
        attempt: 1,
        outcome: 'ok',
      },
    ]);
  });

  it('fills route templates and strips a trailing slash from the base URL', async () => {
    const { http, calls, metrics, clock } = setup([json({ ok: true })]);
    await clock.drive(http.request({ api: 'data', route: '/holders/{id}', pathParams: { id: 'a b' } }));
    expect(calls[0]?.url).toBe('https://data.test/holders/a%20b');
    expect(metrics[0]?.endpoint).toBe('/holders/{id}');
  });

  it('retries a GET on 429 honouring Retry-After seconds', async () => {
    const { http, calls, clock, metrics } = setup([
      json({ error: 'Too Many Requests' }, 429, { 'retry-after': '7' }),
      json({ mid: '0.5' }),
    ]);
    const start = clock.now();
    await expect(clock.drive(http.request({ api: 'clob', route: '/midpoint' }))).resolves.toEqual({
      mid: '0.5',
    });
    expect(calls).toHaveLength(2);
    expect(clock.now() - start).toBe(7_000);
    expect(metrics.map((m) => [m.attempt, m.status, m.outcome])).toEqual([
      [1, 429, 'http_error'],
      [2, 200, 'ok'],
    ]);
  });

  it.each([
    ['425', text('Too Early', 425)],
    ['500', json({ error: 'could not run the execution' }, 500)],
    ['503', text('', 503)],
    ['network error', () => new TypeError('fetch failed')],
  ])('retries a GET after %s', async (_, reply) => {
    const { http, calls, clock } = setup([reply, json({ ok: 1 })]);
    await expect(clock.drive(http.request({ api: 'clob', route: '/book' }))).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(2);
  });

  it('retries a GET after a timeout and reports it', async () => {
    const { http, calls, clock, metrics } = setup([() => 'hang', json({ ok: 1 })], { timeoutMs: 500 });
    await expect(clock.drive(http.request({ api: 'clob', route: '/book' }))).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(2);
    expect(metrics[0]).toMatchObject({ outcome: 'timeout', status: null, latencyMs: 500, attempt: 1 });
  });

  it('gives up after maxAttempts with a temporary error', async () => {
    const { http, calls, clock } = setup([json({ error: 'boom' }, 500)]);
    const error = await failure(clock.drive(http.request({ api: 'gamma', route: '/markets' })));
    expect(calls).toHaveLength(4);
    expect(error).toMatchObject({
      kind: 'temporary',
      code: 'server_error',
      status: 500,
      remoteMessage: 'boom',
    });
  });

  it.each([
    ['429', json({ error: 'slow down' }, 429, { 'retry-after': '1' })],
    ['500', json({ error: 'order timed out' }, 500)],
    ['timeout', () => 'hang' as const],
    ['network', () => new TypeError('fetch failed')],
  ])('never retries a non-idempotent POST (%s)', async (_, reply) => {
    const { http, calls, clock } = setup([reply, json({ success: true })], { timeoutMs: 200 });
    const error = await failure(
      clock.drive(http.request({ api: 'clob', method: 'POST', route: '/order', body: { a: 1 } })),
    );
    expect(calls).toHaveLength(1);
    expect(error.kind).toBe('temporary');
  });

  it('does not retry an explicit idempotent:false GET either', async () => {
    const { http, calls, clock } = setup([json({ error: 'x' }, 502)]);
    await failure(clock.drive(http.request({ api: 'clob', route: '/book', idempotent: false })));
    expect(calls).toHaveLength(1);
  });

  it('retries an idempotent POST read (POST /books)', async () => {
    const { http, calls, clock } = setup([json({ error: 'x' }, 500), json([])]);
    await clock.drive(
      http.request({ api: 'clob', method: 'POST', route: '/books', body: [], idempotent: true }),
    );
    expect(calls).toHaveLength(2);
    expect(calls[0]?.body).toBe('[]');
  });

  it.each([
    [400, { error: 'Invalid token id' }, 'validation', 'bad_request', 'Invalid token id'],
    [404, { error: 'No orderbook exists for the requested token id' }, 'validation', 'not_found', undefined],
    [
      401,
      { error: 'Unauthorized/Invalid api key' },
      'operational',
      'unauthorized',
      'Unauthorized/Invalid api key',
    ],
    [418, 'teapot', 'operational', 'http_error', 'teapot'],
  ])('translates %i without retrying', async (status, body, kind, code, remote) => {
    const { http, calls, clock } = setup([json(body, status)]);
    const error = await failure(clock.drive(http.request({ api: 'clob', route: '/book' })));
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ kind, code, status });
    if (remote) expect(error.remoteMessage).toBe(remote);
  });

  it('keeps Cloudflare HTML out of messages', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body><div>blocked</div></body></html>';
    const { http, clock } = setup([text(html, 403)]);
    const error = await failure(clock.drive(http.request({ api: 'clob', route: '/book' })));
    expect(error).toMatchObject({ kind: 'operational', code: 'forbidden', status: 403 });
    expect(error.remoteMessage).toBe('Attention Required! | Cloudflare');
    expect(error.message).not.toContain('<');
    expect(error.details.bodyKind).toBe('html');
  });

  it('keeps an HTML page wrapped in {"error": …} out of messages', async () => {
    const { http, clock } = setup([
      json({ error: '<html><title>429 Too Many</title><body>x</body></html>' }, 429),
    ]);
    const error = await failure(
      clock.drive(http.request({ api: 'clob', method: 'POST', route: '/order', body: {} })),
    );
    expect(error).toMatchObject({ code: 'rate_limited', remoteMessage: '429 Too Many' });
  });

  it('reports a 200 with an HTML body as invalid_response without retrying', async () => {
    const { http, calls, clock } = setup([text('<html><body>hi</body></html>', 200)]);
    const error = await failure(clock.drive(http.request({ api: 'gamma', route: '/markets' })));
    expect(error).toMatchObject({ kind: 'temporary', code: 'invalid_response' });
    expect(calls).toHaveLength(1);
  });

  it('serves opt-in cached GETs until the TTL expires', async () => {
    const { http, calls, clock, metrics } = setup([json({ n: 1 }), json({ n: 2 })]);
    const req = { api: 'clob' as const, route: '/tick-size', query: { token_id: '1' }, cacheTtlMs: 1_000 };
    expect(await clock.drive(http.request(req))).toEqual({ n: 1 });
    expect(await clock.drive(http.request(req))).toEqual({ n: 1 });
    expect(metrics.at(-1)?.outcome).toBe('cached');
    await clock.drive(clock.sleep(1_000));
    expect(await clock.drive(http.request(req))).toEqual({ n: 2 });
    expect(calls).toHaveLength(2);
  });
});

describe('PolymarketHttp metrics sink', () => {
  it('a throwing onRequest never fails the request', async () => {
    const clock = new FakeClock();
    const { fetch } = scriptedFetch([json({ ok: 1 })]);
    const http = new PolymarketHttp({
      endpoints: ENDPOINTS,
      fetch,
      clock,
      onRequest: () => {
        throw new Error('sink down');
      },
    });
    await expect(clock.drive(http.request({ api: 'gamma', route: '/markets' }))).resolves.toEqual({ ok: 1 });
  });
});
