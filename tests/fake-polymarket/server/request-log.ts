export interface LoggedRequest {
  api: 'gamma' | 'clob' | 'data' | 'web' | 'unknown';
  method: string;
  /** path relative to the API base */
  path: string;
  query: Record<string, string>;
  /** POLY_* headers, content-type and user-agent (lower-case names) */
  headers: Record<string, string>;
  body: string;
  status: number;
  /** wall-clock ms when the request arrived */
  time: number;
  durationMs: number;
}

const KEPT_HEADERS = /^(poly_|content-type$|user-agent$)/;

/** Every HTTP request the fake served, for assertions. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  reset(): void {
    this.entries.length = 0;
  }

  find(method: string, path: string): LoggedRequest[] {
    return this.entries.filter((e) => e.method === method && e.path === path);
  }

  count(method: string, path: string): number {
    return this.find(method, path).length;
  }
}

export function keptHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (KEPT_HEADERS.test(name) && value !== undefined)
      kept[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return kept;
}
