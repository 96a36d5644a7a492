import type { OutcomeSide } from '../../core/model/outcome-side';
import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PositionRow } from '../../core/model/rows/positions';
import { venueOf } from '../../core/model/venue';
import { isAppError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { OrderRequest, OrderResult } from '../ports/exchange-port';
import { applyOrderResult, type TradeReason } from './apply-order-result';
import { step, type TradingDeps } from './trading-deps';

export interface LegOrder {
  side: OutcomeSide;
  reason: TradeReason;
  request: OrderRequest;
}

export type RunOrderOutcome =
  | { kind: 'answered'; result: OrderResult; position: PositionRow | undefined }
  | { kind: 'unknown'; error: unknown };

/**
 * Send one order crash-safely: (1) sign it, (2) write its intent 'pending' with the client key,
 * (3) mark it 'sent', (4) send it ONCE, (5) record the answer with its trade and the position in
 * one transaction. If the answer is lost (network, 5xx, timeout) the intent becomes 'unknown' and
 * reconciliation asks the exchange later; the order is never re-sent automatically.
 */
export async function runOrder(
  deps: TradingDeps,
  position: PositionRow,
  order: LegOrder,
  /** The settings the caller already read (the monitor's), so they are not parsed again. */
  settings?: Settings,
): Promise<RunOrderOutcome> {
  const exchange = await deps.exchangeFor(
    position.mode,
    settings ?? (await deps.settings()),
    venueOf(position),
  );
  const id = deps.ids.next();
  const prepared = await exchange.prepare(order.request, id);
  const now = deps.clock.now();
  const { request } = order;
  const intent: OrderIntentRow = {
    venue: venueOf(position),
    id,
    positionId: position.id,
    marketId: position.marketId,
    tokenId: request.tokenId,
    side: order.side,
    action: request.side === 'BUY' ? 'buy' : 'sell',
    reason: order.reason,
    orderType: request.orderType,
    limitPrice: request.limitPrice,
    amount: request.amount,
    mode: position.mode,
    status: 'pending',
    exchangeOrderId: null,
    clientKey: prepared.clientKey,
    filledShares: 0,
    filledAmount: 0,
    fee: 0,
    error: null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.orderIntents.create(intent);
  await step(deps, 'intent_written', position.id, id);
  await deps.store.orderIntents.update(id, { status: 'sent', updatedAt: deps.clock.now() });
  await step(deps, 'intent_sent', position.id, id);
  let result: OrderResult;
  try {
    result = await exchange.send(prepared);
  } catch (error) {
    const message = isAppError(error) || error instanceof Error ? error.message : String(error);
    await deps.store.orderIntents.update(id, {
      status: 'unknown',
      error: message,
      updatedAt: deps.clock.now(),
    });
    deps.logger.warn('order outcome unknown: will reconcile', {
      intentId: id,
      reason: order.reason,
      message,
    });
    return { kind: 'unknown', error };
  }
  await step(deps, 'order_answered', position.id, id);
  const updated = await applyOrderResult(deps.store, id, result, deps.clock.now());
  await step(deps, 'result_recorded', position.id, id);
  if (result.status === 'rejected') {
    deps.logger.info('order rejected', { intentId: id, reason: order.reason, message: result.error.message });
  }
  return { kind: 'answered', result, position: updated };
}
