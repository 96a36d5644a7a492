import type { Market } from '../model/market';
import type { PriceReferenceRow } from '../model/rows/price-references';
import { type PriceReference, type WatchProgress, watchProgress } from '../strategies/single-side-entry';
import { isSingleSide, type StrategyName } from '../strategies/strategy-names';

/** One market a single-side strategy watches for its move, as the dashboard shows it. */
export interface WatchedMarket {
  marketId: string;
  question: string;
  yesLabel: string;
  noLabel: string;
  firstSeenAt: number;
  reference: PriceReference;
  /** The marks at the bot's latest look (each scan's auto-entry, or your Enter). */
  marks: PriceReference;
  marksAt: number;
  /** The side closest to the trigger and how far along (1 = the entry fires). */
  progress: WatchProgress | null;
}

/**
 * The watch list from the stored references (not traded yet in the current mode, newest first) and
 * the cached markets: each with the marks of its latest look and its progress toward the threshold.
 * Empty for the balancing strategy (it has no trigger to wait for).
 */
export function watchedMarkets(
  references: readonly PriceReferenceRow[],
  markets: ReadonlyMap<string, Market>,
  strategy: StrategyName,
  threshold: number,
): WatchedMarket[] {
  if (!isSingleSide(strategy)) return [];
  return references.map((r) => {
    const market = markets.get(r.marketId);
    const reference = { yes: r.yes, no: r.no };
    const marks = { yes: r.lastYes, no: r.lastNo };
    return {
      marketId: r.marketId,
      question: market?.question ?? r.marketId,
      yesLabel: market?.yes.label ?? 'Yes',
      noLabel: market?.no.label ?? 'No',
      firstSeenAt: r.firstSeenAt,
      reference,
      marks,
      marksAt: r.lastSeenAt,
      progress: watchProgress(strategy, marks, reference, threshold),
    };
  });
}
