import type { Exchange, OrderRequest, OrderResult, PreparedOrder } from '../../app/ports/exchange-port';
import type { Micros } from '../../core/model/money';
import { type KalshiV2Terms, kalshiV2Terms } from '../../core/venues/kalshi/order-terms';
import { validationError } from '../../errors/app-error';
import type { KalshiOrderClient } from './kalshi-order-client';
import {
  classifyKalshiPostFailure,
  kalshiFilled,
  kalshiOrderResult,
  nothingFilled,
  orderOutcomeUnknown,
} from './kalshi-order-outcome';
import { parseKalshiTokenId } from './kalshi-token-id';

/** What `prepare` hands to `send`: the V2 order, ready to post. */
export interface KalshiPreparedPayload {
  ticker: string;
  terms: KalshiV2Terms;
  timeInForce: 'fill_or_kill' | 'immediate_or_cancel';
}

export interface KalshiLiveExchangeOptions {
  /** Contract step: 1 contract, or 0.01 on markets with fractional contracts. */
  countStep?: (ticker: string) => Micros;
  /** How many pages of the key's orders `findOrder` reads (newest first) before giving up. */
  findOrderPages?: number;
}

/**
 * Live trading on Kalshi with the user's API key (V2 orders, kalshi-api.md §4). `prepare` turns the
 * outcome order into the YES-leg V2 order and takes the engine's fresh id as `client_order_id` (the
 * client key); `send` posts it ONCE. An answer lost on the way throws (unknown outcome) and
 * `findOrder` reads the key's orders back by client_order_id; a 409 `order_already_exists` means an
 * earlier send got through, and is answered from Kalshi's record, never by a second post.
 */
export class KalshiLiveExchange implements Exchange {
  readonly mode = 'live' as const;

  constructor(
    private readonly client: Pick<KalshiOrderClient, 'createOrder' | 'order' | 'ordersPage' | 'balance'>,
    private readonly options: KalshiLiveExchangeOptions = {},
  ) {}

  async prepare(request: OrderRequest, keyHint: string): Promise<PreparedOrder> {
    const { ticker, outcome } = parseKalshiTokenId(request.tokenId);
    const countStep = this.options.countStep?.(ticker) ?? 1_000_000;
    const terms = kalshiV2Terms({
      outcome,
      action: request.side === 'BUY' ? 'buy' : 'sell',
      limitPrice: request.limitPrice,
      amount: request.amount,
      countStep,
    });
    if (terms.count <= 0)
      throw validationError('The amount buys less than one Kalshi contract at this price.', {
        code: 'order_invalid',
        details: { venue: 'kalshi', ticker, reason: 'below one contract' },
      });
    const payload: KalshiPreparedPayload = {
      ticker,
      terms,
      timeInForce: request.orderType === 'FOK' ? 'fill_or_kill' : 'immediate_or_cancel',
    };
    return { clientKey: keyHint, request, payload };
  }

  async send(order: PreparedOrder): Promise<OrderResult> {
    const payload = order.payload as KalshiPreparedPayload;
    let placed: Awaited<ReturnType<KalshiOrderClient['createOrder']>>;
    try {
      placed = await this.client.createOrder({
        ticker: payload.ticker,
        side: payload.terms.side,
        price: payload.terms.price,
        count: payload.terms.count,
        timeInForce: payload.timeInForce,
        clientOrderId: order.clientKey,
        reduceOnly: payload.terms.reduceOnly || undefined,
      });
    } catch (error) {
      const failure = classifyKalshiPostFailure(error);
      if (failure.kind === 'unknown') throw failure.error;
      if (failure.kind === 'rejected') return { status: 'rejected', orderId: null, error: failure.error };
      const found = await this.findOrder(order.clientKey);
      if (found) return found;
      throw orderOutcomeUnknown('Kalshi says this client_order_id exists but does not list the order');
    }
    if (placed.filled === 0)
      return nothingFilled(placed.orderId, payload.timeInForce === 'fill_or_kill', payload.terms.count);
    // The order's record gives what the fills cost and the fees charged; the create answer's
    // averages are the fallback when that read fails (the order is filled either way).
    const record = await this.client.order(placed.orderId).catch(() => null);
    if (record && record.filled === placed.filled)
      return kalshiFilled(placed.orderId, record.filled, record.fillCost, record.fees);
    const avg = placed.averageFillPrice ?? order.request.limitPrice;
    return kalshiFilled(
      placed.orderId,
      placed.filled,
      Math.round((placed.filled * avg) / 1_000_000),
      placed.averageFeePaid ?? 0,
    );
  }

  async findOrder(clientKey: string): Promise<OrderResult | null> {
    let cursor = '';
    for (let page = 0; page < (this.options.findOrderPages ?? 10); page += 1) {
      const next = await this.client.ordersPage({ cursor });
      const match = next.items.find((o) => o.clientOrderId === clientKey);
      if (match) return kalshiOrderResult(match);
      if (!next.cursor || next.cursor === cursor) return null;
      cursor = next.cursor;
    }
    // Not in the pages read, but more exist: "never reached Kalshi" cannot be told apart yet.
    throw orderOutcomeUnknown(`client_order_id ${clientKey} not among the newest orders read`);
  }

  balance(): Promise<Micros> {
    return this.client.balance();
  }
}
