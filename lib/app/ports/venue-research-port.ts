import type { Market } from '../../core/model/market';
import type { PriceHistoryPoint } from './venue-port';

/**
 * The research capability of a venue (optional on `Venue`): what the dataset builder of the
 * dashboard's backtest needs to take a market the user names — open or closed — and its price
 * history over any window. A venue without it cannot be picked for a dataset; nothing is faked.
 */

export type PriceHistoryInterval = '1h' | '6h' | '1d' | '1w' | '1m' | 'max';

/** A token's price history: a window (Unix seconds) or an interval up to now, one point per `fidelityMinutes`. */
export type PriceHistoryQuery = { tokenId: string; fidelityMinutes?: number } & (
  | { interval: PriceHistoryInterval }
  | { startTs: number; endTs: number }
);

/** What a venue found for one reference: its markets, and why any it returned could not be read. */
export interface FoundMarkets {
  markets: Market[];
  unreadable: string[];
}

/**
 * A venue's answer to a pasted reference: `null` when the text is none of the venue's forms, `off`
 * when it is one of them but the venue is turned off in the settings, else what was found.
 */
export type VenueFindAnswer = FoundMarkets | 'off' | null;

export interface VenueResearch {
  /** The markets a user's reference (id, ticker, link…) names on this venue, open or closed. */
  findMarkets(input: string): Promise<VenueFindAnswer>;
  /** A token's price history (prices in micros, epoch ms), for a stored token key of this venue. */
  priceHistory(query: PriceHistoryQuery): Promise<PriceHistoryPoint[]>;
}
