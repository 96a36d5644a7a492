export type TickSize = '0.1' | '0.01' | '0.001' | '0.0001';

export interface FeeSchedule {
  exponent: number;
  rate: number;
  takerOnly: boolean;
  rebateRate: number;
}

export interface FakeToken {
  tokenId: string;
  outcome: string;
}

export interface PricePoint {
  /** unix seconds */
  t: number;
  /** YES (token 0) price */
  p: number;
}

/** One binary market; token 0 is the first outcome ("Yes"), token 1 the second. */
export interface FakeMarket {
  id: string;
  question: string;
  conditionId: `0x${string}`;
  questionId: `0x${string}`;
  slug: string;
  description: string;
  category: string;
  image: string;
  eventId: string;
  outcomes: [string, string];
  tokens: [FakeToken, FakeToken];
  createdAtMs: number;
  startDateMs: number;
  endDateMs: number;
  active: boolean;
  closed: boolean;
  archived: boolean;
  acceptingOrders: boolean;
  negRisk: boolean;
  /** Gamma's protocol version; 'v2' = a newer-protocol market (position ids, ExchangeV3). */
  version?: 'v1' | 'v2';
  tickSize: TickSize;
  /** Gamma `secondsDelay`: matching delay of the market (sports); orders answer "delayed" and match later. */
  secondsDelay: number;
  minOrderSize: number;
  volume: number;
  volume24hr: number;
  volume1wk: number;
  volume1mo: number;
  liquidity: number;
  feesEnabled: boolean;
  feeType: string | null;
  feeSchedule: FeeSchedule | null;
  winnerIndex: 0 | 1 | null;
  umaResolutionStatus: string | null;
  /**
   * Gamma `holdingRewardsEnabled` (recorded payloads carry it on every market, false on most; true on
   * long-dated political markets). Absent = false.
   */
  holdingRewardsEnabled?: boolean;
  lastTradePrice: number;
  lastTradeSide: 'BUY' | 'SELL';
  /** hourly YES price history */
  history: PricePoint[];
}

export interface FakeEvent {
  id: string;
  ticker: string;
  slug: string;
  title: string;
  description: string;
  negRisk: boolean;
  createdAtMs: number;
  markets: FakeMarket[];
}
