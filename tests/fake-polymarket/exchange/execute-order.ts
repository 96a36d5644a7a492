import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { withBookChanges } from './book-change-publisher.ts';
import { type PlannedFill, planMatch } from './match-planner.ts';
import { microToDecimal, ONE } from './micro-units.ts';
import { type AcceptedOrder, admissionError, limitPrice } from './order-admission.ts';
import { publishBooks } from './publish-books.ts';
import { recordFill } from './record-fill.ts';
import { HOUSE, type RestingOrder } from './resting-order.ts';
import { takerFee } from './taker-fee.ts';

export interface PostOrderResponse {
  success: true;
  errorMsg: '';
  orderID: string;
  transactionsHashes: string[];
  status: 'live' | 'matched' | 'delayed';
  takingAmount: string;
  makingAmount: string;
  tradeIDs: string[];
}

export type ExecutionOutcome = { ok: true; response: PostOrderResponse } | { ok: false; error: string };

export const FOK_KILLED = "order couldn't be fully filled. FOK orders are fully filled or killed.";
export const FAK_NO_MATCH =
  'no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found.';

/**
 * Admission checks, matching, settlement, resting of the remainder, trade records and websocket
 * events. On a market with a matching delay (Gamma `secondsDelay`) an admitted order answers
 * "delayed" with empty amounts and is matched after the delay (a killed FOK/FAK ends CANCELED).
 */
export function executeOrder(
  state: FakePolymarketState,
  order: AcceptedOrder,
  options: { afterDelay?: boolean } = {},
): ExecutionOutcome {
  const error = admissionError(state, order);
  if (error) return { ok: false, error };
  if (order.market.secondsDelay > 0 && !options.afterDelay) return acceptDelayed(state, order);
  const { market } = order;
  const book = state.book(market);
  const plan = planMatch(book, order);
  if (order.orderType === 'FOK' && !plan.complete) return { ok: false, error: FOK_KILLED };
  if (order.orderType === 'FAK' && plan.fills.length === 0) return { ok: false, error: FAK_NO_MATCH };
  state.seenOrderHashes.add(order.id);
  const txHash = state.ids.hash32();
  const resting = orderRecord(state, order, 'MATCHED');
  const fees = market.feesEnabled ? market.feeSchedule : null;
  let shares = 0n;
  let collateral = 0n;
  withBookChanges(state, market, () => {
    for (const fill of plan.fills) {
      settleFill(state, order, fill, takerFee(fill.shares, fill.takerPrice, fees));
      resting.associateTrades.push(recordFill(state, order, fill, txHash));
      shares += fill.shares;
      collateral += fill.cost;
    }
    const restingEligible = order.orderType === 'GTC' || order.orderType === 'GTD';
    if (restingEligible && !plan.complete && resting.price > 0n) {
      resting.remaining = order.side === 'BUY' ? (plan.unmatched * ONE) / resting.price : plan.unmatched;
      if (resting.remaining > 0n) {
        resting.status = 'LIVE';
        book.add(resting);
      }
    }
  });
  if (order.orderType === 'FOK' || order.orderType === 'FAK') resting.sizeMatched = shares;
  state.orders.set(resting.id, resting);
  const matched = plan.fills.length > 0;
  if (matched) publishBooks(state, market);
  return {
    ok: true,
    response: {
      success: true,
      errorMsg: '',
      orderID: order.id,
      transactionsHashes: matched ? [txHash] : [],
      status: matched ? 'matched' : 'live',
      takingAmount: matched ? microToDecimal(order.side === 'BUY' ? shares : collateral) : '',
      makingAmount: matched ? microToDecimal(order.side === 'BUY' ? collateral : shares) : '',
      tradeIDs: resting.associateTrades,
    },
  };
}

function settleFill(state: FakePolymarketState, order: AcceptedOrder, fill: PlannedFill, fee: bigint): void {
  const tokenId = order.market.tokens[order.tokenIndex].tokenId;
  state.accounts.settle(order.owner, tokenId, order.side, fill.shares, fill.cost, fee);
  const maker = fill.maker;
  maker.remaining -= fill.shares;
  if (maker.remaining <= 0n) {
    state.book(order.market).remove(maker.id);
    maker.status = 'MATCHED';
  }
  if (maker.owner !== HOUSE) {
    const makerCost = (fill.shares * maker.price) / ONE;
    state.accounts.settle(maker.owner, maker.tokenId, maker.side, fill.shares, makerCost, 0n);
  }
}

function roundToTick(price: bigint, tickSize: string): bigint {
  const tick = BigInt(Math.round(Number(tickSize) * 1e6));
  return ((price + tick / 2n) / tick) * tick;
}

function orderRecord(state: FakePolymarketState, order: AcceptedOrder, status: RestingOrder['status']) {
  const { market } = order;
  const record: RestingOrder = {
    id: order.id,
    owner: order.owner,
    apiKey: order.apiKey,
    conditionId: market.conditionId,
    tokenId: market.tokens[order.tokenIndex].tokenId,
    tokenIndex: order.tokenIndex,
    side: order.side,
    price: roundToTick(limitPrice(order), market.tickSize),
    originalSize: order.side === 'BUY' ? order.takerAmount : order.makerAmount,
    remaining: 0n,
    orderType: order.orderType,
    createdAtSec: state.nowSec,
    expiration: order.expiration,
    status,
    associateTrades: [],
  };
  return record;
}

function acceptDelayed(state: FakePolymarketState, order: AcceptedOrder): ExecutionOutcome {
  state.seenOrderHashes.add(order.id);
  const record = orderRecord(state, order, 'DELAYED');
  state.orders.set(order.id, record);
  state.delayed.schedule(order.id, order.market.secondsDelay * 1000, () => {
    state.seenOrderHashes.delete(order.id);
    const outcome = executeOrder(state, order, { afterDelay: true });
    state.seenOrderHashes.add(order.id);
    if (!outcome.ok) record.status = 'CANCELED';
  });
  return {
    ok: true,
    response: {
      success: true,
      errorMsg: '',
      orderID: order.id,
      transactionsHashes: [],
      status: 'delayed',
      takingAmount: '',
      makingAmount: '',
      tradeIDs: [],
    },
  };
}
