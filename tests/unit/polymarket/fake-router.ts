import { PolymarketHttp } from '../../../lib/adapters/polymarket/http/polymarket-http';
import { FakeClock } from './fake-clock';
import { ENDPOINTS } from './fake-fetch';

export interface RoutedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (call: RoutedCall) => { status?: number; body: unknown };

/** A PolymarketHttp on a fake clock whose fetch answers by handler, recording every call. */
export function routedHttp(handler: Handler) {
  const calls: RoutedCall[] = [];
  const clock = new FakeClock();
  const http = new PolymarketHttp({
    endpoints: ENDPOINTS,
    clock,
    random: () => 0,
    fetch: async (url, init) => {
      const u = new URL(url);
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const call = { method: init.method ?? 'GET', path: u.pathname, query: u.searchParams, body };
      calls.push(call);
      const reply = handler(call);
      return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200 });
    },
  });
  return { http, calls, clock };
}
