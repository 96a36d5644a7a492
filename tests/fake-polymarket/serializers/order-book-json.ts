import { createHash } from 'node:crypto';
import type { Level, MarketBook } from '../exchange/market-book.ts';
import { microToDecimal } from '../exchange/micro-units.ts';
import type { FakeMarket } from '../state/market-model.ts';
import type { BookEvent, WirePriceLevel } from '../ws/market-events.ts';

export interface OrderBookSummaryJson {
  market: string;
  asset_id: string;
  timestamp: string;
  hash: string;
  bids: WirePriceLevel[];
  asks: WirePriceLevel[];
  min_order_size: string;
  tick_size: string;
  neg_risk: boolean;
  last_trade_price: string;
}

const wire = (levels: Level[]): WirePriceLevel[] =>
  levels.map((l) => ({ price: microToDecimal(l.price), size: microToDecimal(l.size) }));

/** GET /book shape: bids ascending and asks descending, so the BEST price is LAST in each array. */
export function orderBookSummaryJson(
  market: FakeMarket,
  tokenIndex: 0 | 1,
  book: MarketBook,
  nowMs: number,
): OrderBookSummaryJson {
  const levels = book.tokenLevels(tokenIndex);
  const lastYes = market.lastTradePrice;
  const last = tokenIndex === 0 ? lastYes : 1 - lastYes;
  const summary: OrderBookSummaryJson = {
    market: market.conditionId,
    asset_id: market.tokens[tokenIndex].tokenId,
    timestamp: String(nowMs),
    hash: '',
    bids: wire([...levels.bids].reverse()),
    asks: wire([...levels.asks].reverse()),
    min_order_size: String(market.minOrderSize),
    tick_size: market.tickSize,
    neg_risk: market.negRisk,
    last_trade_price: market.lastTradePrice > 0 ? Number(last.toFixed(4)).toString() : '',
  };
  summary.hash = createHash('sha1').update(JSON.stringify(summary)).digest('hex');
  return summary;
}

export function bookEventJson(summary: OrderBookSummaryJson): BookEvent {
  return {
    event_type: 'book',
    asset_id: summary.asset_id,
    market: summary.market,
    bids: summary.bids,
    asks: summary.asks,
    timestamp: summary.timestamp,
    hash: summary.hash,
  };
}
