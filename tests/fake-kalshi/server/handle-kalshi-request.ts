import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeRequest, FakeResponse } from '../../fake-polymarket/server/http-types.ts';
import type { Router } from '../../fake-polymarket/server/router.ts';
import { sendResponse } from '../../fake-polymarket/server/send-response.ts';
import { kalshiError } from './kalshi-errors.ts';
import { type KalshiFaults, kalshiFaultResponse } from './kalshi-faults.ts';

export const KALSHI_REST_PREFIX = '/trade-api/v2';

export interface KalshiLoggedRequest {
  method: string;
  /** relative to /trade-api/v2 */
  path: string;
  query: Record<string, string>;
  /** the three KALSHI-ACCESS-* headers were present */
  signed: boolean;
  status: number;
}

export interface KalshiHttpContext {
  router: Router;
  faults: KalshiFaults;
  log: KalshiLoggedRequest[];
  /** Answer OPTIONS preflights with CORS headers (Kalshi's behaviour is not documented: a switch). */
  cors: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'content-type, kalshi-access-key, kalshi-access-timestamp, kalshi-access-signature',
};

export async function handleKalshiRequest(
  ctx: KalshiHttpContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const rawBody = await readBody(req);
  const inside = url.pathname.startsWith(`${KALSHI_REST_PREFIX}/`);
  const path = inside ? url.pathname.slice(KALSHI_REST_PREFIX.length) : url.pathname;
  const entry: KalshiLoggedRequest = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    signed: typeof req.headers['kalshi-access-signature'] === 'string',
    status: 0,
  };
  if (method === 'OPTIONS') {
    entry.status = ctx.cors ? 204 : 405;
    ctx.log.push(entry);
    res.writeHead(entry.status, ctx.cors ? CORS_HEADERS : {});
    res.end();
    return;
  }
  if (ctx.faults.latencyMs > 0) await sleep(ctx.faults.latencyMs);
  const fault = ctx.faults.take(method, path);
  if (fault?.kind === 'slow') await sleep(fault.ms);
  if (fault?.kind === 'timeout') {
    await sleep(fault.ms);
    ctx.log.push(entry);
    res.destroy();
    return;
  }
  if (fault?.kind === 'drop-after-handling') {
    await route(
      ctx,
      inside,
      { method, path, query: url.searchParams, headers: req.headers, rawBody },
      url.pathname,
    );
    ctx.log.push(entry);
    res.destroy();
    return;
  }
  const response =
    (fault && kalshiFaultResponse(fault)) ??
    (await route(
      ctx,
      inside,
      { method, path, query: url.searchParams, headers: req.headers, rawBody },
      url.pathname,
    ));
  entry.status = response.status;
  ctx.log.push(entry);
  sendResponse(res, ctx.cors ? { ...response, headers: { ...response.headers, ...CORS_HEADERS } } : response);
}

async function route(
  ctx: KalshiHttpContext,
  inside: boolean,
  req: FakeRequest,
  fullPath: string,
): Promise<FakeResponse> {
  const match = inside ? ctx.router.match(req.method, req.path) : undefined;
  if (!match) return kalshiError(404, 'not_found', 'not found', fullPath);
  try {
    return await match.handler(req, match.params);
  } catch (error) {
    console.error('fake-kalshi handler failed', error);
    return kalshiError(500, 'internal_server_error', 'internal server error');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
