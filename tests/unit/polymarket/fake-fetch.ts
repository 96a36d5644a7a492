import type { FetchFn } from '../../../lib/adapters/polymarket/http/polymarket-http';

export interface RecordedCall {
  url: string;
  method: string;
  body: string | undefined;
}

type Reply = Response | Error | 'hang';

/** A fetch that answers from a script of replies (the last one repeats) and records every call. */
export function scriptedFetch(replies: Array<() => Reply>): { fetch: FetchFn; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch: FetchFn = (url, init) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    const make = replies[Math.min(calls.length - 1, replies.length - 1)];
    const reply = make ? make() : new Response('{}');
    if (reply === 'hang')
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  };
  return { fetch, calls };
}

export const json =
  (value: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(value), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

export const text = (body: string, status: number) => () => new Response(body, { status });

export const ENDPOINTS = {
  gammaUrl: 'https://gamma.test',
  clobUrl: 'https://clob.test',
  dataUrl: 'https://data.test/',
};
