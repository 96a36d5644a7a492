import { z } from 'zod';
import type { BookLevel } from '../../../core/model/order-book';
import { bestFirstAsks, bestFirstBids, wireLevelSchema } from './clob-book';
import {
  blankable,
  optionalWirePrice,
  side,
  tokenId,
  wireAmount,
  wireInteger,
  wirePrice,
} from './wire-primitives';

const ts = wireInteger;
const levels = z.array(wireLevelSchema);

export interface WsBook {
  type: 'book';
  tokenId: string;
  market: string;
  /** Best first (the wire sends best last). */
  bids: BookLevel[];
  asks: BookLevel[];
  timestamp: number;
  hash: string;
}

const book = z
  .object({
    event_type: z.literal('book'),
    asset_id: tokenId,
    market: z.string(),
    bids: levels.optional(),
    asks: levels.optional(),
    buys: levels.optional(),
    sells: levels.optional(),
    timestamp: ts,
    hash: z.string().optional(),
  })
  .transform(
    (m): WsBook => ({
      type: 'book',
      tokenId: m.asset_id,
      market: m.market,
      bids: bestFirstBids(m.bids ?? m.buys ?? []),
      asks: bestFirstAsks(m.asks ?? m.sells ?? []),
      timestamp: m.timestamp,
      hash: m.hash ?? '',
    }),
  );

const priceChange = z
  .object({
    event_type: z.literal('price_change'),
    market: z.string(),
    timestamp: ts,
    price_changes: z.array(
      z.object({
        asset_id: tokenId,
        price: wirePrice,
        /** New aggregate size at that level; 0 = level removed. */
        size: wireAmount,
        side,
        hash: z.string().optional(),
        best_bid: optionalWirePrice,
        best_ask: optionalWirePrice,
      }),
    ),
  })
  .transform((m) => ({
    type: 'price_change' as const,
    market: m.market,
    timestamp: m.timestamp,
    changes: m.price_changes.map((c) => ({
      tokenId: c.asset_id,
      price: c.price,
      size: c.size,
      side: c.side,
      bestBid: c.best_bid,
      bestAsk: c.best_ask,
    })),
  }));

const lastTrade = z
  .object({
    event_type: z.literal('last_trade_price'),
    asset_id: tokenId,
    market: z.string(),
    price: wirePrice,
    size: blankable(wireAmount),
    side: blankable(side),
    fee_rate_bps: blankable(wireInteger),
    timestamp: ts,
  })
  .transform((m) => ({
    type: 'last_trade_price' as const,
    tokenId: m.asset_id,
    market: m.market,
    price: m.price,
    size: m.size ?? 0,
    side: m.side ?? null,
    timestamp: m.timestamp,
  }));

const tickSize = z
  .object({
    event_type: z.literal('tick_size_change'),
    asset_id: tokenId,
    market: z.string(),
    old_tick_size: wirePrice,
    new_tick_size: wirePrice.pipe(z.number().positive()),
    timestamp: ts,
  })
  .transform((m) => ({
    type: 'tick_size_change' as const,
    tokenId: m.asset_id,
    market: m.market,
    oldTickSize: m.old_tick_size,
    newTickSize: m.new_tick_size,
    timestamp: m.timestamp,
  }));

const bestBidAsk = z
  .object({
    event_type: z.literal('best_bid_ask'),
    asset_id: tokenId,
    market: z.string(),
    best_bid: optionalWirePrice,
    best_ask: optionalWirePrice,
    spread: optionalWirePrice,
    timestamp: ts,
  })
  .transform((m) => ({
    type: 'best_bid_ask' as const,
    tokenId: m.asset_id,
    market: m.market,
    bestBid: m.best_bid,
    bestAsk: m.best_ask,
    spread: m.spread,
    timestamp: m.timestamp,
  }));

const resolved = z
  .object({
    event_type: z.literal('market_resolved'),
    market: z.string(),
    assets_ids: z.array(tokenId).optional(),
    winning_asset_id: tokenId,
    winning_outcome: z.string().optional(),
    timestamp: ts,
  })
  .transform((m) => ({
    type: 'market_resolved' as const,
    market: m.market,
    tokenIds: m.assets_ids ?? [],
    winningTokenId: m.winning_asset_id,
    winningOutcome: m.winning_outcome ?? '',
    timestamp: m.timestamp,
  }));

const newMarket = z
  .object({
    event_type: z.literal('new_market'),
    market: z.string(),
    slug: z.string().optional(),
    question: z.string().optional(),
    assets_ids: z.array(tokenId).optional(),
    timestamp: ts,
  })
  .transform((m) => ({
    type: 'new_market' as const,
    market: m.market,
    slug: m.slug ?? '',
    question: m.question ?? '',
    tokenIds: m.assets_ids ?? [],
    timestamp: m.timestamp,
  }));

/** One market-channel message schema per `event_type`. */
export const marketWsSchemas = {
  book,
  price_change: priceChange,
  last_trade_price: lastTrade,
  tick_size_change: tickSize,
  best_bid_ask: bestBidAsk,
  market_resolved: resolved,
  new_market: newMarket,
};

export type MarketWsEventType = keyof typeof marketWsSchemas;
export type MarketWsEvent = z.output<(typeof marketWsSchemas)[MarketWsEventType]>;
export type WsPriceChange = Extract<MarketWsEvent, { type: 'price_change' }>;
export type WsLastTrade = Extract<MarketWsEvent, { type: 'last_trade_price' }>;
export type WsTickSizeChange = Extract<MarketWsEvent, { type: 'tick_size_change' }>;
export type WsBestBidAsk = Extract<MarketWsEvent, { type: 'best_bid_ask' }>;
export type WsMarketResolved = Extract<MarketWsEvent, { type: 'market_resolved' }>;
export type WsNewMarket = Extract<MarketWsEvent, { type: 'new_market' }>;

export function isMarketWsEventType(type: string): type is MarketWsEventType {
  return Object.hasOwn(marketWsSchemas, type);
}
