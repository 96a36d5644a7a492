import { AccountStore } from '../exchange/accounts.ts';
import { DelayedOrders } from '../exchange/delayed-orders.ts';
import { MarketBook } from '../exchange/market-book.ts';
import type { RestingOrder } from '../exchange/resting-order.ts';
import { MarketFeed } from '../ws/market-events.ts';
import type { FakeEvent, FakeMarket } from './market-model.ts';
import { type ClobTradeRecord, type DataTradeRecord, IdFactory } from './trade-records.ts';

export interface TokenRef {
  market: FakeMarket;
  index: 0 | 1;
}

export interface Profile {
  name: string;
  pseudonym: string;
}

/**
 * Where the fake believes the caller connects from, and how its CLOB treats orders from there
 * (docs api-reference/geoblock): `open`; `closeOnly` — orders that would open or add to a
 * position are refused, selling is allowed; `blocked` — every order is refused. The geoblock
 * endpoint answers `blocked: true` for close-only places too, as the real one does.
 */
export interface FakeGeoblock {
  country: string;
  region: string | null;
  trading: 'open' | 'closeOnly' | 'blocked';
}

/** Everything the fake exchange knows: markets, books, accounts, orders, trades, clock. */
export class FakePolymarketState {
  nowMs: number;
  readonly markets: FakeMarket[] = [];
  readonly events: FakeEvent[] = [];
  readonly books = new Map<string, MarketBook>();
  readonly accounts: AccountStore;
  /** every user order ever accepted, by order hash */
  readonly orders = new Map<string, RestingOrder>();
  readonly seenOrderHashes = new Set<string>();
  /** orders waiting out their market's matching delay */
  readonly delayed = new DelayedOrders();
  readonly clobTrades: ClobTradeRecord[] = [];
  readonly dataTrades: DataTradeRecord[] = [];
  readonly profiles = new Map<string, Profile>();
  readonly ids = new IdFactory(7);
  readonly feed = new MarketFeed();
  geoblock: FakeGeoblock = { country: 'PT', region: null, trading: 'open' };
  private readonly byCondition = new Map<string, FakeMarket>();
  private readonly byToken = new Map<string, TokenRef>();

  constructor(startTimeMs: number, initialCollateralUsdc: number) {
    this.nowMs = startTimeMs;
    this.accounts = new AccountStore(BigInt(Math.round(initialCollateralUsdc * 1e6)));
  }

  get nowSec(): number {
    return Math.floor(this.nowMs / 1000);
  }

  load(events: FakeEvent[]): void {
    for (const event of events) {
      this.events.push(event);
      for (const market of event.markets) {
        this.markets.push(market);
        this.byCondition.set(market.conditionId.toLowerCase(), market);
        this.byToken.set(market.tokens[0].tokenId, { market, index: 0 });
        this.byToken.set(market.tokens[1].tokenId, { market, index: 1 });
        this.books.set(market.conditionId, new MarketBook(market.conditionId));
      }
    }
  }

  market(conditionId: string): FakeMarket | undefined {
    return this.byCondition.get(conditionId.toLowerCase());
  }

  /**
   * Give a market new token ids (before any order on it), e.g. the ids the Conditional Tokens derive
   * from its condition, as every real Polymarket market has: a fake chain can then hold its shares.
   */
  rekeyTokens(market: FakeMarket, ids: readonly [string, string]): void {
    this.byToken.delete(market.tokens[0].tokenId);
    this.byToken.delete(market.tokens[1].tokenId);
    market.tokens[0].tokenId = ids[0];
    market.tokens[1].tokenId = ids[1];
    this.byToken.set(ids[0], { market, index: 0 });
    this.byToken.set(ids[1], { market, index: 1 });
  }

  token(tokenId: string): TokenRef | undefined {
    return this.byToken.get(tokenId);
  }

  book(market: FakeMarket): MarketBook {
    const book = this.books.get(market.conditionId);
    if (!book) throw new Error(`no book for ${market.conditionId}`);
    return book;
  }

  eventOf(market: FakeMarket): FakeEvent | undefined {
    return this.events.find((event) => event.id === market.eventId);
  }

  profile(address: string): Profile {
    return this.profiles.get(address.toLowerCase()) ?? { name: '', pseudonym: '' };
  }
}
