import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultInjector } from './fault-injector.ts';
import { apiError, type FakeRequest, type FakeResponse } from './http-types.ts';
import { keptHeaders, type LoggedRequest, type RequestLog } from './request-log.ts';
import type { Router } from './router.ts';
import { faultResponse, sendResponse, sendTruncated } from './send-response.ts';

/** The fake's services; `web` stands for polymarket.com itself (the geoblock check). */
export type ApiName = 'gamma' | 'clob' | 'data' | 'web';

export interface HttpContext {
  routers: Record<ApiName, Router>;
  faults: FaultInjector;
  log: RequestLog;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Splits /{api}/rest, routes, applies latency and faults, logs. */
export async function handleRequest(
  ctx: HttpContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const time = Date.now();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rawBody = await readBody(req);
  const [, prefix = '', ...rest] = url.pathname.split('/');
  const api = (['gamma', 'clob', 'data', 'web'] as const).find((name) => name === prefix);
  const method = req.method ?? 'GET';
  const fakeReq: FakeRequest = {
    method,
    path: `/${rest.join('/')}`,
    query: url.searchParams,
    headers: req.headers,
    rawBody,
  };
  const entry: LoggedRequest = {
    api: api ?? 'unknown',
    method,
    path: api ? fakeReq.path : url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: keptHeaders(req.headers),
    body: rawBody,
    status: 0,
    time,
    durationMs: 0,
  };
  const finish = (status: number) => {
    entry.status = status;
    entry.durationMs = Date.now() - time;
    ctx.log.add(entry);
  };
  if (ctx.faults.latencyMs > 0) await sleep(ctx.faults.latencyMs);
  const fault = ctx.faults.take(method, url.pathname);
  if (fault?.kind === 'timeout') {
    await sleep(fault.ms);
    finish(0);
    res.destroy();
    return;
  }
  const injected = fault ? faultResponse(fault) : null;
  if (injected) {
    finish(injected.status);
    sendResponse(res, injected);
    return;
  }
  const response = await route(ctx, api, fakeReq);
  finish(response.status);
  if (fault?.kind === 'truncated') sendTruncated(res, response);
  else sendResponse(res, response);
}

async function route(ctx: HttpContext, api: ApiName | undefined, req: FakeRequest): Promise<FakeResponse> {
  const match = api ? ctx.routers[api].match(req.method, req.path) : undefined;
  if (!match) return apiError(404, 'not found');
  try {
    return await match.handler(req, match.params);
  } catch (error) {
    console.error('fake-polymarket handler failed', error);
    return apiError(500, 'could not run the execution');
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
