import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PositionRow } from '../../core/model/rows/positions';
import type { TradeRow } from '../../core/model/rows/trades';
import { venueOf } from '../../core/model/venue';
import { applyLegFill, type FillPurpose } from '../../core/rules/fill-accounting';
import { allCoded, coded } from '../../messaging/coded-text';
import type { OrderRejection, OrderResult } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';

export type TradeReason = TradeRow['reason'];

export function purposeOf(reason: string): FillPurpose {
  if (reason === 'entry' || reason === 'entry_retry') return 'entry';
  if (reason === 'unwind' || reason === 'liquidation') return reason;
  return 'exit';
}

/** A refusal's code and facts for the UI's words, or none when malformed (the row never fails on it). */
function failureText(error: OrderRejection) {
  return allCoded([coded(error.code, error.params)])?.[0];
}

function tradeRow(intent: OrderIntentRow, position: PositionRow, result: OrderResult, now: number): TradeRow {
  const filled = result.status === 'filled';
  const failure = result.status === 'rejected' ? result.error : null;
  const errorText = failure ? failureText(failure) : undefined;
  return {
    venue: venueOf(intent),
    id: intent.id,
    positionId: intent.positionId,
    marketId: intent.marketId,
    marketName: position.marketName,
    intentId: intent.id,
    side: intent.side,
    action: intent.action,
    reason: intent.reason as TradeReason,
    price: filled ? result.avgPrice : intent.limitPrice,
    amount: filled ? result.filledAmount : 0,
    shares: filled ? result.filledShares : 0,
    fee: filled ? result.fee : 0,
    transactionHash: filled ? result.transactionHash : null,
    orderId: result.orderId,
    status: filled ? 'filled' : 'failed',
    error: failure ? failure.message : null,
    ...(errorText ? { errorText } : {}),
    mode: intent.mode,
    executedAt: now,
  };
}

/**
 * Record what came of an order, once: the intent's outcome, its trade row and the position's new
 * state, in ONE transaction. Applying the same outcome again (a reconcile racing a late answer) is
 * a no-op, so a fill is never counted twice.
 */
export async function applyOrderResult(
  store: Store,
  intentId: string,
  result: OrderResult,
  now: number,
): Promise<PositionRow | undefined> {
  return store.transaction(['orderIntents', 'trades', 'positions'], async () => {
    const intent = await store.orderIntents.get(intentId);
    if (!intent || intent.status === 'filled' || intent.status === 'failed') return undefined;
    const position = await store.positions.get(intent.positionId);
    if (!position) throw new Error(`position ${intent.positionId} of intent ${intentId} is missing`);
    const base = { exchangeOrderId: result.orderId, updatedAt: now };
    if (result.status === 'filled' && result.filledShares <= 0) {
      // A "fill" of nothing is not an outcome: keep the intent open for reconciliation.
      await store.orderIntents.update(intentId, {
        ...base,
        status: 'unknown',
        error: 'no shares filled yet',
      });
      return position;
    }
    if (result.status === 'filled') {
      await store.orderIntents.update(intentId, {
        ...base,
        status: 'filled',
        filledShares: result.filledShares,
        filledAmount: result.filledAmount,
        fee: result.fee,
        error: null,
      });
    } else {
      await store.orderIntents.update(intentId, { ...base, status: 'failed', error: result.error.message });
    }
    await store.trades.put(tradeRow(intent, position, result, now));
    if (result.status !== 'filled') return position;
    const fill = {
      side: intent.side,
      action: intent.action,
      shares: result.filledShares,
      amount: result.filledAmount,
      fee: result.fee,
    };
    const next = applyLegFill(position, fill, purposeOf(intent.reason), now);
    const row: PositionRow = { ...position, ...next, updatedAt: now };
    await store.positions.put(row);
    return row;
  });
}

/** An intent that never reached the exchange: failed, with no trade to record. */
export async function failUnsentIntent(store: Store, intentId: string, message: string, now: number) {
  await store.orderIntents.update(intentId, { status: 'failed', error: message, updatedAt: now });
}
