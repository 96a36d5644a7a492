import {
  type Exchange,
  type OrderRequest,
  type PreparedOrder,
  REGION_CLOSE_ONLY,
} from '../../app/ports/exchange-port';
import { operationalError } from '../../errors/app-error';

const MESSAGE =
  'Your location is close-only on Polymarket: positions can be reduced, but no new position is opened.';

/**
 * The live exchange in a close-only region: sells (liquidations, stop-loss, take-profit, close,
 * unwinding a lone leg) go through; buys — every entry of this bot — are refused before anything
 * is signed or written, and entries are refused up front (`entriesRefused`).
 */
export function closeOnlyExchange(inner: Exchange): Exchange {
  return {
    mode: inner.mode,
    entriesRefused: { code: REGION_CLOSE_ONLY, message: MESSAGE },
    prepare(request: OrderRequest, keyHint: string): Promise<PreparedOrder> {
      if (request.side === 'BUY')
        return Promise.reject(operationalError(MESSAGE, { code: REGION_CLOSE_ONLY }));
      return inner.prepare(request, keyHint);
    },
    send: (order) => inner.send(order),
    findOrder: (clientKey) => inner.findOrder(clientKey),
    balance: () => inner.balance(),
  };
}
