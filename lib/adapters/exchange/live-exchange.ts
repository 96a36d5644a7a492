import {
  AssetType,
  type ClobClient,
  isV2Order,
  type OpenOrder,
  type OrderResponse,
  OrderType,
  Side,
  type SignedOrder,
  type TickSize,
} from '@polymarket/clob-client-v2';
import type { Exchange, OrderRequest, OrderResult, PreparedOrder } from '../../app/ports/exchange-port';
import type { FeeRate } from '../../core/model/fees';
import { fromMicros, type Micros, microsToDecimalString, toMicros } from '../../core/model/money';
import { isAppError, temporaryError } from '../../errors/app-error';
import { classifyPostFailure, errorText, isClientError } from './live-errors';
import { filledResult, readTrades } from './live-fills';
import { type OrderStatusReading, orderPending, orderStatusWord, readOrderStatus } from './live-order-status';
import { orderHashV2 } from './order-hash-v2';

export type LiveClient = Pick<
  ClobClient,
  'createMarketOrder' | 'postOrder' | 'getOrder' | 'getTrades' | 'getBalanceAllowance' | 'tickSizes'
>;

export interface LiveExchangeOptions {
  /** How often and how long `send` asks the status of an accepted, not yet matched order. */
  settleIntervalMs?: number;
  settleAttempts?: number;
  wait?: (ms: number) => Promise<void>;
}

function unknownOutcome(message: string, status?: number) {
  return temporaryError('The exchange could not be reached.', {
    code: 'exchange_unreachable',
    remoteMessage: message,
    ...(status === undefined ? {} : { status }),
  });
}

/**
 * Live trading through @polymarket/clob-client-v2. Orders are signed in `prepare` (their EIP-712
 * hash is the client key) and posted once in `send` with the client's retry switched off. The
 * client returns failures instead of throwing, so every answer is checked here.
 */
export class LiveExchange implements Exchange {
  readonly mode = 'live' as const;

  constructor(
    private readonly client: LiveClient,
    private readonly options: LiveExchangeOptions = {},
  ) {}

  async prepare(request: OrderRequest): Promise<PreparedOrder> {
    const tickSize = microsToDecimalString(request.tickSize) as TickSize;
    // The client caches each token's tick size forever and refuses a finer tick than the one it
    // cached ("invalid tick size"): the tick of the book this order was planned on wins.
    this.client.tickSizes[request.tokenId] = tickSize;
    const signed: SignedOrder = await this.client.createMarketOrder(
      {
        tokenID: request.tokenId,
        price: fromMicros(request.limitPrice),
        amount: fromMicros(request.amount),
        side: request.side === 'BUY' ? Side.BUY : Side.SELL,
        orderType: request.orderType === 'FOK' ? OrderType.FOK : OrderType.FAK,
      },
      { tickSize, negRisk: request.negRisk },
    );
    if (!isV2Order(signed)) throw new Error('the CLOB client built a V1 order; CLOB V2 refuses them');
    return { clientKey: orderHashV2(signed, request.negRisk), request, payload: signed };
  }

  async send(order: PreparedOrder): Promise<OrderResult> {
    const type = order.request.orderType === 'FOK' ? OrderType.FOK : OrderType.FAK;
    let response: unknown;
    try {
      response = await this.client.postOrder(order.payload as SignedOrder, type);
    } catch (error) {
      throw isAppError(error)
        ? error
        : unknownOutcome(error instanceof Error ? error.message : String(error));
    }
    if (isClientError(response)) {
      const failure = classifyPostFailure(response);
      if (isAppError(failure)) throw failure;
      return { status: 'rejected', orderId: order.clientKey, error: failure };
    }
    const body = response as OrderResponse;
    if (!body.success) {
      const failure = classifyPostFailure({ error: body.errorMsg || 'order refused', status: 400 });
      if (isAppError(failure)) throw failure;
      return { status: 'rejected', orderId: body.orderID || order.clientKey, error: failure };
    }
    const orderId = body.orderID || order.clientKey;
    const taking = toMicros(body.takingAmount || '0');
    const making = toMicros(body.makingAmount || '0');
    const totals =
      order.request.side === 'BUY' ? { shares: taking, amount: making } : { shares: making, amount: taking };
    if (orderStatusWord(body.status) === 'matched' && totals.shares > 0) {
      const trades = await readTrades(this.client, body.tradeIDs ?? []).catch(() => []);
      return filledResult(
        orderId,
        trades,
        order.request.feeRate,
        totals,
        body.transactionsHashes?.[0] ?? null,
      );
    }
    // Accepted but not a fill (yet): "delayed" on a market with a matching delay, "live",
    // "unmatched", or no amounts. Ask the order's status for a while, as the official SDK does;
    // still not final → unknown outcome, reconciled later (never re-sent).
    return this.settle(orderId, order.request.feeRate, body.status);
  }

  async findOrder(clientKey: string): Promise<OrderResult | null> {
    const reading = await this.readOrder(clientKey, null);
    if (reading === null) return null;
    if (!reading.final) throw orderPending(clientKey, reading.status);
    return reading.result;
  }

  private async wait(ms: number): Promise<void> {
    await (this.options.wait ?? ((t: number) => new Promise<void>((r) => setTimeout(r, t))))(ms);
  }

  private async settle(orderId: string, feeRate: FeeRate, postStatus: string): Promise<OrderResult> {
    const attempts = this.options.settleAttempts ?? 8;
    let status = orderStatusWord(postStatus);
    for (let i = 0; i < attempts; i++) {
      await this.wait(this.options.settleIntervalMs ?? 500);
      const reading = await this.readOrder(orderId, feeRate).catch(() => undefined);
      if (reading?.final) return reading.result;
      if (reading) status = reading.status;
    }
    throw orderPending(orderId, status);
  }

  /** The order's record and trades at the exchange: null when it has none. */
  private async readOrder(orderId: string, feeRate: FeeRate | null): Promise<OrderStatusReading | null> {
    const found: unknown = await this.client.getOrder(orderId);
    if (found === null || found === undefined || found === '') return null;
    if (isClientError(found)) {
      if (found.status === 404 || found.status === 400) return null;
      throw unknownOutcome(errorText(found), found.status);
    }
    const order = found as OpenOrder;
    if (!order.id) return null;
    const trades = await readTrades(this.client, order.associate_trades ?? []);
    return readOrderStatus(order, trades, feeRate);
  }

  async balance(): Promise<Micros> {
    const answer: unknown = await this.client.getBalanceAllowance({ asset_type: AssetType.COLLATERAL });
    if (isClientError(answer)) throw unknownOutcome(errorText(answer), answer.status);
    return Number((answer as { balance: string }).balance);
  }
}
