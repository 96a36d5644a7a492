import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { type VenueId, venueOf } from '../../../lib/core/model/venue';
import { matchesText } from '../table-sort';
import { type TradeMethod, tradeMethod } from './trade-method';

export interface HistoryFilter {
  /** Inclusive epoch-ms bounds; null for open ends. */
  from: number | null;
  to: number | null;
  market: string;
  side: TradeRow['side'] | 'all';
  action: TradeRow['action'] | 'all';
  /** On the order book, or on chain by split, merge or redeem. */
  method: TradeMethod | 'all';
  status: TradeRow['status'] | 'all';
  mode: TradeRow['mode'] | 'all';
  venue: VenueId | 'all';
}

export const emptyHistoryFilter: HistoryFilter = {
  from: null,
  to: null,
  market: '',
  side: 'all',
  action: 'all',
  method: 'all',
  status: 'all',
  mode: 'all',
  venue: 'all',
};

export function filterTrades(trades: readonly TradeRow[], f: HistoryFilter): TradeRow[] {
  return trades.filter(
    (t) =>
      (f.from === null || t.executedAt >= f.from) &&
      (f.to === null || t.executedAt <= f.to) &&
      (f.market.trim() === '' || matchesText(t.marketName, f.market)) &&
      (f.side === 'all' || t.side === f.side) &&
      (f.action === 'all' || t.action === f.action) &&
      (f.method === 'all' || tradeMethod(t) === f.method) &&
      (f.status === 'all' || t.status === f.status) &&
      (f.mode === 'all' || t.mode === f.mode) &&
      inVenue(t, f),
  );
}

/** Whether a trade or position is on the filter's venue (a row without one is Polymarket's). */
export function inVenue(row: { venue?: VenueId | undefined }, f: Pick<HistoryFilter, 'venue'>): boolean {
  return f.venue === 'all' || venueOf(row) === f.venue;
}

export interface TradeTotals {
  count: number;
  bought: number;
  sold: number;
  fees: number;
  failed: number;
}

/** Totals of the filtered trades (micros): collateral spent on buys, received from sells and redeems, fees. */
export function tradeTotals(trades: readonly TradeRow[]): TradeTotals {
  const out: TradeTotals = { count: trades.length, bought: 0, sold: 0, fees: 0, failed: 0 };
  for (const t of trades) {
    if (t.status === 'failed') {
      out.failed += 1;
      continue;
    }
    if (t.action === 'buy') out.bought += t.amount;
    else out.sold += t.amount;
    out.fees += t.fee;
  }
  return out;
}
