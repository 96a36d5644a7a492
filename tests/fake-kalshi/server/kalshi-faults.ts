import type { FakeResponse } from '../../fake-polymarket/server/http-types.ts';
import { kalshiError, TOO_MANY_REQUESTS } from './kalshi-errors.ts';

export type KalshiFault =
  | { kind: '429' }
  | { kind: '500' }
  | { kind: '503' }
  | { kind: 'slow'; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'malformed-json' };

interface Rule {
  pattern: string | RegExp;
  fault: KalshiFault;
  remaining: number;
}

/**
 * Per-route faults. A pattern is "METHOD /path", "/path" (any method) or with a trailing "*" prefix
 * wildcard; paths are relative to /trade-api/v2 ("/markets", "/portfolio/*"). A RegExp is tested
 * against "METHOD /path".
 */
export class KalshiFaults {
  latencyMs = 0;
  private rules: Rule[] = [];

  set(pattern: string | RegExp, fault: KalshiFault, options: { times?: number } = {}): void {
    this.rules.push({ pattern, fault, remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  take(method: string, path: string): KalshiFault | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && matches(r.pattern, method, path));
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

/** The answer a fault gives instead of the route's (null: the route answers, maybe late). */
export function kalshiFaultResponse(fault: KalshiFault): FakeResponse | null {
  switch (fault.kind) {
    case '429':
      return TOO_MANY_REQUESTS;
    case '500':
      return kalshiError(500, 'internal_server_error', 'internal server error');
    case '503':
      return kalshiError(503, 'service_unavailable', 'service unavailable');
    case 'malformed-json':
      return { status: 200, body: '{"markets":[{"ticker":', raw: true, contentType: 'application/json' };
    default:
      return null;
  }
}
