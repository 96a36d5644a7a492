import type { FakeKalshiEvent, FakeKalshiMarket } from './kalshi-market-model.ts';

export interface FakeKalshiOrder {
  orderId: string;
  clientOrderId: string;
  keyId: string;
  ticker: string;
  /** V2: the YES leg; bid = buy YES, ask = sell YES (≡ buy NO at 1 − price) */
  side: 'bid' | 'ask';
  /** YES price, micros */
  price: number;
  initial: number;
  filled: number;
  remaining: number;
  status: 'resting' | 'canceled' | 'executed';
  takerFees: number;
  takerCost: number;
  createdMs: number;
  updatedMs: number;
}

export interface FakeKalshiTrade {
  tradeId: string;
  ticker: string;
  count: number;
  yesPrice: number;
  takerOutcome: 'yes' | 'no';
  takerBookSide: 'bid' | 'ask';
  timeMs: number;
}

/** A change at one price of one side of a book, as the orderbook_delta channel reports it. */
export interface BookChange {
  ticker: string;
  side: 'yes' | 'no';
  price: number;
  delta: number;
  clientOrderId?: string;
}

/** Everything the fake Kalshi knows; routes and the socket read and change it. */
export class FakeKalshiState {
  readonly markets = new Map<string, FakeKalshiMarket>();
  readonly events = new Map<string, FakeKalshiEvent>();
  readonly orders = new Map<string, FakeKalshiOrder>();
  readonly trades: FakeKalshiTrade[] = [];
  /** Cash per API key id, micros. */
  readonly balances = new Map<string, number>();
  exchangeActive = true;
  tradingActive = true;
  /**
   * `api_key_region_expiration_ts` of `GET /api_keys` (Unix s): when the account's location
   * attestation expires; undefined = never attested (the field is absent). kalshi-api.md §8.
   */
  regionAttestationExpiresTs: number | undefined = undefined;
  private readonly listeners = new Set<(change: BookChange) => void>();
  private nextId = 1;

  constructor(
    public nowMs: number,
    readonly initialBalance: number,
  ) {}

  /** Ids the fake hands out (deterministic). */
  id(prefix: string): string {
    const n = this.nextId++;
    return `${prefix}-${String(n).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  }

  market(ticker: string): FakeKalshiMarket | undefined {
    return this.markets.get(ticker);
  }

  balance(keyId: string): number {
    if (!this.balances.has(keyId)) this.balances.set(keyId, this.initialBalance);
    return this.balances.get(keyId) ?? 0;
  }

  onBookChange(listener: (change: BookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds `delta` contracts at one bid price of one side, and tells the socket subscribers. */
  changeBid(change: BookChange): void {
    const market = this.markets.get(change.ticker);
    if (!market) throw new Error(`no market ${change.ticker}`);
    const bids = change.side === 'yes' ? market.yesBids : market.noBids;
    const size = (bids.get(change.price) ?? 0) + change.delta;
    if (size < 0) throw new Error('a book level cannot go below zero');
    if (size === 0) bids.delete(change.price);
    else bids.set(change.price, size);
    for (const listener of this.listeners) listener(change);
  }

  /** Sets a level to an exact size (scenario helper). */
  setBid(ticker: string, side: 'yes' | 'no', price: number, size: number): void {
    const market = this.markets.get(ticker);
    if (!market) throw new Error(`no market ${ticker}`);
    const current = (side === 'yes' ? market.yesBids : market.noBids).get(price) ?? 0;
    if (size !== current) this.changeBid({ ticker, side, price, delta: size - current });
  }
}
