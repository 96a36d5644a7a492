import type { Micros } from '../../core/model/money';
import { type KalshiHttpOptions, kalshiRequest } from './kalshi-http';
import type { KalshiSigner } from './request-signer';
import {
  kalshiBalanceSchema,
  kalshiCancelResponseSchema,
  kalshiCreateOrderResponseSchema,
  kalshiOrderResponseSchema,
  kalshiOrdersPageSchema,
} from './schemas/portfolio';

/**
 * A V2 order (kalshi-api.md §4): one YES-leg book. `side` bid = buy YES at `price`; ask = sell YES
 * at `price` ≡ buy NO at 1 − price. The caller writes its intent (with `clientOrderId`) before
 * sending, and reconciles by reading the order back; this client never retries a create.
 */
export interface KalshiOrderRequest {
  ticker: string;
  side: 'bid' | 'ask';
  /** YES price, micros, on the market's grid. */
  price: Micros;
  /** Contracts, micros (whole contracts, or 0.01 steps on fractional markets). */
  count: Micros;
  timeInForce: 'fill_or_kill' | 'good_till_canceled' | 'immediate_or_cancel';
  clientOrderId: string;
  selfTradePrevention?: 'taker_at_cross' | 'maker';
  postOnly?: boolean;
  reduceOnly?: boolean;
}

/** "0.5600" (4 decimals, as Kalshi's requests accept 2–4). */
export function kalshiPriceString(price: Micros): string {
  if (!Number.isInteger(price) || price % 100 !== 0)
    throw new RangeError(`price finer than $0.0001: ${price}`);
  return (price / 1_000_000).toFixed(4);
}

/** "10.00" (counts accept 0–2 decimals). */
export function kalshiCountString(count: Micros): string {
  if (!Number.isInteger(count) || count % 10_000 !== 0)
    throw new RangeError(`count finer than 0.01: ${count}`);
  return (count / 1_000_000).toFixed(2);
}

export class KalshiOrderClient {
  private readonly http: KalshiHttpOptions;

  constructor(options: Omit<KalshiHttpOptions, 'signer'> & { signer: KalshiSigner }) {
    this.http = options;
  }

  createOrder(order: KalshiOrderRequest) {
    return kalshiRequest(
      this.http,
      {
        method: 'POST',
        path: '/portfolio/events/orders',
        body: {
          ticker: order.ticker,
          side: order.side,
          price: kalshiPriceString(order.price),
          count: kalshiCountString(order.count),
          time_in_force: order.timeInForce,
          self_trade_prevention_type: order.selfTradePrevention ?? 'taker_at_cross',
          client_order_id: order.clientOrderId,
          ...(order.postOnly === undefined ? {} : { post_only: order.postOnly }),
          ...(order.reduceOnly === undefined ? {} : { reduce_only: order.reduceOnly }),
        },
      },
      kalshiCreateOrderResponseSchema,
    );
  }

  async order(orderId: string) {
    const response = await kalshiRequest(
      this.http,
      { method: 'GET', path: `/portfolio/orders/${encodeURIComponent(orderId)}` },
      kalshiOrderResponseSchema,
    );
    return response.order;
  }

  /** One page of the key's orders, newest first ("" cursor = last page). */
  async ordersPage(query: { cursor?: string; ticker?: string; limit?: number } = {}) {
    const page = await kalshiRequest(
      this.http,
      {
        method: 'GET',
        path: '/portfolio/orders',
        query: { limit: query.limit ?? 200, ticker: query.ticker, cursor: query.cursor || undefined },
      },
      kalshiOrdersPageSchema,
    );
    return { items: page.orders, cursor: page.cursor };
  }

  cancelOrder(orderId: string, ticker: string) {
    return kalshiRequest(
      this.http,
      {
        method: 'DELETE',
        path: `/portfolio/events/orders/${encodeURIComponent(orderId)}`,
        query: { market_ticker: ticker },
      },
      kalshiCancelResponseSchema,
    );
  }

  /** Cash available, micros. */
  async balance(): Promise<Micros> {
    return (
      await kalshiRequest(this.http, { method: 'GET', path: '/portfolio/balance' }, kalshiBalanceSchema)
    ).balance;
  }
}
