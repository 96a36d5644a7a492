import { microToDecimal } from '../exchange/micro-units.ts';
import type { ClobTradeRecord } from '../state/trade-records.ts';

/** Trade as served by /data/trades, from the point of view of `apiKey` (TAKER or MAKER). */
export function clobTradeJson(trade: ClobTradeRecord, apiKey: string) {
  const isTaker = trade.takerApiKey === apiKey;
  return {
    id: trade.id,
    taker_order_id: trade.takerOrderId,
    market: trade.conditionId,
    asset_id: trade.tokenId,
    side: trade.side,
    size: microToDecimal(trade.size),
    fee_rate_bps: trade.feeRateBps,
    price: microToDecimal(trade.price),
    status: 'CONFIRMED',
    match_time: String(trade.matchTimeSec),
    last_update: String(trade.matchTimeSec),
    outcome: trade.outcome,
    bucket_index: 0,
    owner: isTaker ? trade.takerApiKey : trade.maker.apiKey,
    maker_address: isTaker ? trade.takerAddress : trade.maker.address,
    transaction_hash: trade.transactionHash,
    trader_side: isTaker ? 'TAKER' : 'MAKER',
    maker_orders: [
      {
        order_id: trade.maker.orderId,
        owner: trade.maker.apiKey,
        maker_address: trade.maker.address,
        matched_amount: microToDecimal(trade.size),
        price: microToDecimal(trade.maker.price),
        fee_rate_bps: '0',
        asset_id: trade.maker.tokenId,
        outcome: trade.maker.outcome,
        side: trade.maker.side,
      },
    ],
  };
}
