/** One market of the fake Kalshi; prices and sizes in micros (1e-6 dollars / contracts). */
export interface FakeKalshiMarket {
  ticker: string;
  eventTicker: string;
  seriesTicker: string;
  title: string;
  status: 'active' | 'inactive' | 'closed' | 'determined' | 'finalized';
  result: '' | 'yes' | 'no';
  openTimeMs: number;
  closeTimeMs: number;
  /** price_ranges: [{start, end, step}] in micros */
  ranges: { start: number; end: number; step: number }[];
  priceLevelStructure: string;
  /** Bids only (Kalshi's convention): price → size, per outcome. */
  yesBids: Map<number, number>;
  noBids: Map<number, number>;
  lastPrice: number | null;
  volume: number;
  openInterest: number;
  /** Hourly traded prices before the scenario start: [unix seconds, micros]. */
  history: [number, number][];
  rulesPrimary: string;
}

export interface FakeKalshiEvent {
  eventTicker: string;
  seriesTicker: string;
  title: string;
  subTitle: string;
  category: string;
  mutuallyExclusive: boolean;
}

export const LINEAR_CENT = [{ start: 0, end: 1_000_000, step: 10_000 }];

export function bestBid(bids: Map<number, number>): number | null {
  let best: number | null = null;
  for (const [price, size] of bids) if (size > 0 && (best === null || price > best)) best = price;
  return best;
}

/** A side's levels ascending (Kalshi's wire order: best bid last). */
export function ascendingLevels(bids: Map<number, number>): [number, number][] {
  return [...bids].filter(([, size]) => size > 0).sort((a, b) => a[0] - b[0]);
}
