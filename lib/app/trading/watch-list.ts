import type { ReferenceMode } from '../../core/model/rows/price-references';
import {
  type PriceReference,
  type WatchProgress,
  watchProgress,
} from '../../core/strategies/single-side-entry';
import { isSingleSide, type StrategyName } from '../../core/strategies/strategy-names';
import type { Store } from '../ports/store-port';

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

type WatchStore = Pick<Store, 'priceReferences' | 'markets'>;

/**
 * The single-side strategy's watch list: markets with a stored reference it has not traded yet in
 * the current mode,
 * newest first, each with the marks of its latest look and its progress toward the threshold. Empty
 * for the balancing strategy (it has no trigger to wait for).
 */
export async function loadWatchList(
  store: WatchStore,
  strategy: StrategyName,
  threshold: number,
  mode: ReferenceMode,
  limit = 50,
): Promise<WatchedMarket[]> {
  if (!isSingleSide(strategy)) return [];
  const references = await store.priceReferences.watching(mode, limit);
  const markets = await store.markets.getMany(references.map((r) => r.marketId));
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
