export interface WirePriceLevel {
  price: string;
  size: string;
}

export interface BookEvent {
  event_type: 'book';
  asset_id: string;
  market: string;
  bids: WirePriceLevel[];
  asks: WirePriceLevel[];
  timestamp: string;
  hash: string;
}

export interface PriceChangeEntry {
  asset_id: string;
  price: string;
  size: string;
  side: 'BUY' | 'SELL';
  hash: string;
  best_bid: string;
  best_ask: string;
}

export interface PriceChangeEvent {
  event_type: 'price_change';
  market: string;
  timestamp: string;
  price_changes: PriceChangeEntry[];
}

export interface LastTradePriceEvent {
  event_type: 'last_trade_price';
  asset_id: string;
  market: string;
  price: string;
  size: string;
  fee_rate_bps: string;
  side: 'BUY' | 'SELL';
  timestamp: string;
  transaction_hash: string;
}

export interface TickSizeChangeEvent {
  event_type: 'tick_size_change';
  asset_id: string;
  market: string;
  old_tick_size: string;
  new_tick_size: string;
  timestamp: string;
}

/** Sent when a market resolves (the market channel's `market_resolved`, winning token and outcome). */
export interface MarketResolvedEvent {
  event_type: 'market_resolved';
  market: string;
  assets_ids: string[];
  winning_asset_id: string;
  winning_outcome: string;
  timestamp: string;
}

export type MarketEvent =
  | BookEvent
  | PriceChangeEvent
  | LastTradePriceEvent
  | TickSizeChangeEvent
  | MarketResolvedEvent;

/** In-process pub/sub between the exchange and the market websocket. */
export class MarketFeed {
  private readonly listeners = new Set<(event: MarketEvent) => void>();

  subscribe(listener: (event: MarketEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: MarketEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Asset ids an event concerns (for per-socket filtering). */
export function eventAssetIds(event: MarketEvent): string[] {
  if (event.event_type === 'market_resolved') return event.assets_ids;
  return event.event_type === 'price_change' ? event.price_changes.map((c) => c.asset_id) : [event.asset_id];
}
