import { FaultInjector } from '../../fake-polymarket/server/fault-injector.ts';
import type { FakeResponse } from '../../fake-polymarket/server/http-types.ts';
import { kalshiError, TOO_MANY_REQUESTS } from './kalshi-errors.ts';

export type KalshiFault =
  | { kind: '429' }
  | { kind: '500' }
  | { kind: '503' }
  | { kind: 'slow'; ms: number }
  | { kind: 'timeout'; ms: number }
  /** The route runs (an order is placed), then the connection drops before the answer: an unknown outcome. */
  | { kind: 'drop-after-handling' }
  | { kind: 'malformed-json' };

/**
 * Per-route faults (the fake Polymarket's injector over Kalshi's faults). A pattern is "METHOD /path",
 * "/path" (any method) or with a trailing "*" prefix wildcard; paths are relative to /trade-api/v2
 * ("/markets", "/portfolio/*"). A RegExp is tested against "METHOD /path".
 */
export class KalshiFaults extends FaultInjector<KalshiFault> {}

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
