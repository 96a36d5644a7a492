import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { HOUSE_WALLET } from '../state/house-wallet.ts';
import type { PlannedFill } from './match-planner.ts';
import { microToDecimal, microToNumber } from './micro-units.ts';
import type { AcceptedOrder } from './order-admission.ts';
import { HOUSE } from './resting-order.ts';

/** Records one fill as a CLOB trade and two Data API rows, updates market stats, pushes last_trade_price. */
export function recordFill(
  state: FakePolymarketState,
  order: AcceptedOrder,
  fill: PlannedFill,
  txHash: string,
): string {
  const { market } = order;
  const token = market.tokens[order.tokenIndex];
  const maker = fill.maker;
  const makerToken = market.tokens[maker.tokenIndex];
  const makerAddress = maker.owner === HOUSE ? HOUSE_WALLET : maker.owner;
  const rate = market.feesEnabled && market.feeSchedule ? market.feeSchedule.rate : 0;
  const id = state.ids.uuid();
  state.clobTrades.push({
    id,
    takerOrderId: order.id,
    conditionId: market.conditionId,
    tokenId: token.tokenId,
    outcome: token.outcome,
    side: order.side,
    size: fill.shares,
    price: fill.takerPrice,
    feeRateBps: String(Math.round(rate * 10_000)),
    matchTimeSec: state.nowSec,
    takerApiKey: order.apiKey,
    takerAddress: order.owner,
    transactionHash: txHash,
    maker: {
      orderId: maker.id,
      apiKey: maker.apiKey ?? '',
      address: makerAddress,
      tokenId: makerToken.tokenId,
      outcome: makerToken.outcome,
      side: maker.side,
      price: maker.price,
    },
  });
  const size = microToNumber(fill.shares);
  const base = { conditionId: market.conditionId, size, timestampSec: state.nowSec, transactionHash: txHash };
  state.dataTrades.push({
    ...base,
    proxyWallet: order.owner,
    side: order.side,
    tokenId: token.tokenId,
    price: microToNumber(fill.takerPrice),
    isTaker: true,
  });
  state.dataTrades.push({
    ...base,
    proxyWallet: makerAddress,
    side: maker.side,
    tokenId: makerToken.tokenId,
    price: microToNumber(maker.price),
    isTaker: false,
  });
  const yesPrice =
    order.tokenIndex === 0 ? microToNumber(fill.takerPrice) : 1 - microToNumber(fill.takerPrice);
  market.lastTradePrice = Number(yesPrice.toFixed(6));
  market.lastTradeSide = order.side;
  market.volume += microToNumber(fill.cost);
  market.volume24hr += microToNumber(fill.cost);
  state.feed.publish({
    event_type: 'last_trade_price',
    asset_id: token.tokenId,
    market: market.conditionId,
    price: microToDecimal(fill.takerPrice),
    size: microToDecimal(fill.shares),
    // Fee-free markets send "" here, as the real socket does for decimals it has no value for.
    fee_rate_bps: rate > 0 ? String(Math.round(rate * 10_000)) : '',
    side: order.side,
    timestamp: String(state.nowMs),
    transaction_hash: txHash,
  });
  return id;
}
