import { readFileSync } from 'node:fs';
import { toMicros } from '../../../../lib/core/model/money';
import type { BookLevel, OrderBook } from '../../../../lib/core/model/order-book';

/** [price, size] pairs as decimals, best first. */
type Levels = ReadonlyArray<readonly [number, number]>;

function levels(pairs: Levels): BookLevel[] {
  return pairs.map(([price, size]) => ({ price: toMicros(price), size: toMicros(size) }));
}

/** A domain book (best first) from decimal [price, size] pairs. */
export function makeBook(bids: Levels, asks: Levels, overrides: Partial<OrderBook> = {}): OrderBook {
  return {
    tokenId: 'token',
    market: '0xmarket',
    bids: levels(bids),
    asks: levels(asks),
    tickSize: 10_000,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: null,
    timestamp: 0,
    hash: '',
    ...overrides,
  };
}

interface WireLevel {
  price: string;
  size: string;
}
interface WireBook {
  market: string;
  asset_id: string;
  timestamp: string;
  hash: string;
  bids: WireLevel[];
  asks: WireLevel[];
  min_order_size: string;
  tick_size: string;
  neg_risk: boolean;
  last_trade_price: string;
}

/** A real recorded CLOB book (copied from tests/fixtures/polymarket into ../fixtures), turned best-first like the adapter does. */
export function fixtureBook(file: string): OrderBook {
  const wire = JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as WireBook;
  const toLevel = (l: WireLevel): BookLevel => ({ price: toMicros(l.price), size: toMicros(l.size) });
  return {
    tokenId: wire.asset_id,
    market: wire.market,
    bids: wire.bids.map(toLevel).reverse(),
    asks: wire.asks.map(toLevel).reverse(),
    tickSize: toMicros(wire.tick_size),
    minOrderSize: toMicros(wire.min_order_size),
    negRisk: wire.neg_risk,
    lastTradePrice: wire.last_trade_price === '' ? null : toMicros(wire.last_trade_price),
    timestamp: Number(wire.timestamp),
    hash: wire.hash,
  };
}
