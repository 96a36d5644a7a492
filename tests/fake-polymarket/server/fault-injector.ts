export type Fault =
  | { kind: '429'; retryAfter?: number; htmlBody?: boolean }
  | { kind: '425' }
  | { kind: '500' }
  | { kind: '503-cancel-only' }
  | { kind: 'timeout'; ms: number }
  | { kind: 'malformed-json' }
  | { kind: 'truncated' };

interface FaultRule<F> {
  pattern: string | RegExp;
  fault: F;
  remaining: number;
}

/**
 * Per-route faults. A pattern is "METHOD /api/path", "/api/path" (any method), a trailing "*" prefix
 * wildcard ("/clob/*"), or a RegExp tested against "METHOD /api/path". Paths include the API prefix
 * (/gamma, /clob, /data). Latency applies to every request.
 */
export class FaultInjector<F extends { kind: string } = Fault> {
  latencyMs = 0;
  private rules: FaultRule<F>[] = [];

  set(pattern: string | RegExp, fault: F, options: { times?: number } = {}): void {
    this.rules.push({ pattern, fault, remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  clear(pattern?: string | RegExp): void {
    this.rules = pattern === undefined ? [] : this.rules.filter((rule) => rule.pattern !== pattern);
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** The fault to apply to this request (consumes one use), if any. */
  take(method: string, fullPath: string): F | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && matches(r.pattern, method, fullPath));
    if (!rule) return undefined;
    rule.remaining -= 1;
    return rule.fault;
  }
}

function matches(pattern: string | RegExp, method: string, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${path}`);
  const [first, second] = pattern.split(' ');
  const [wantMethod, wantPath] = second === undefined ? [undefined, first ?? ''] : [first, second];
  if (wantMethod && wantMethod !== method) return false;
  return wantPath.endsWith('*') ? path.startsWith(wantPath.slice(0, -1)) : path === wantPath;
}

export const CLOUDFLARE_429_HTML =
  '<!DOCTYPE html><html><head><title>Too Many Requests | polymarket.com | Cloudflare</title></head>' +
  '<body><div id="cf-wrapper"><h1>Error 1015</h1><h2>You are being rate limited</h2>' +
  '<p>The owner of this website (polymarket.com) has banned you temporarily from accessing this website.</p>' +
  '<span>Cloudflare Ray ID: 8f1c2d3e4a5b6c7d</span></div></body></html>';

export const CANCEL_ONLY_MESSAGE =
  'Trading is currently cancel-only. New orders are not accepted, but cancels are allowed.';
