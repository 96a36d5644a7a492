import type { FetchFn } from '../../../lib/adapters/polymarket/http/polymarket-http';

/** A fetch that answers every request with the next queued body (200, JSON) and records the calls. */
export function stubFetch() {
  const calls: { method: string; url: string }[] = [];
  let body = '';
  const fetch: FetchFn = async (url, init) => {
    calls.push({ method: init.method ?? 'GET', url });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return {
    fetch,
    calls,
    serve(text: string) {
      body = text;
    },
  };
}
