import type { IncomingHttpHeaders } from 'node:http';

export interface FakeRequest {
  method: string;
  /** path relative to the API's base URL, e.g. "/book" (what clients sign in L2 headers) */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  /** JSON-serialisable body, or a raw string body */
  body: unknown;
  raw?: boolean;
  contentType?: string;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  req: FakeRequest,
  params: Record<string, string>,
) => FakeResponse | Promise<FakeResponse>;

export function json(body: unknown, status = 200): FakeResponse {
  return { status, body };
}

/** Polymarket's error body: {"error":"<message>"}. */
export function apiError(status: number, message: string): FakeResponse {
  return { status, body: { error: message } };
}

export function parseJsonText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
