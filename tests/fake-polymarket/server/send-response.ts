import type { ServerResponse } from 'node:http';
import { CANCEL_ONLY_MESSAGE, CLOUDFLARE_429_HTML, type Fault } from './fault-injector.ts';
import type { FakeResponse } from './http-types.ts';

export function serialize(response: FakeResponse): { text: string; contentType: string } {
  if (response.raw) return { text: String(response.body), contentType: response.contentType ?? 'text/plain' };
  return { text: JSON.stringify(response.body), contentType: 'application/json; charset=utf-8' };
}

export function sendResponse(res: ServerResponse, response: FakeResponse): void {
  const { text, contentType } = serialize(response);
  res.writeHead(response.status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    ...response.headers,
  });
  res.end(text);
}

/** The faulty response to send instead of (or derived from) the normal one; null for connection faults. */
export function faultResponse(fault: Fault): FakeResponse | null {
  switch (fault.kind) {
    case '429':
      return {
        status: 429,
        body: fault.htmlBody === false ? { error: 'Too Many Requests' } : CLOUDFLARE_429_HTML,
        raw: fault.htmlBody !== false,
        contentType: 'text/html; charset=UTF-8',
        headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      };
    case '425':
      return { status: 425, body: { error: 'Too Early' } };
    case '500':
      return { status: 500, body: { error: 'could not run the execution' } };
    case '503-cancel-only':
      return { status: 503, body: { error: CANCEL_ONLY_MESSAGE } };
    case 'malformed-json':
      return { status: 200, body: '{"market":"0x', raw: true, contentType: 'application/json' };
    default:
      return null;
  }
}

/** Sends the first half of the real body with the full Content-Length, then drops the connection. */
export function sendTruncated(res: ServerResponse, response: FakeResponse): void {
  const { text, contentType } = serialize(response);
  const bytes = Buffer.from(text);
  res.writeHead(response.status, { 'content-type': contentType, 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  setTimeout(() => res.destroy(), 5);
}
