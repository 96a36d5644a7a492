import type { MarketRef } from '../../core/backtest/import/market-refs';
import type { Market } from '../../core/model/market';
import { type BuiltDataset, buildDataset, type DatasetSources } from './build-dataset';

const DAY = 86_400_000;

/** What Gamma answered for one reference: its markets, and why any it returned could not be read. */
export interface FoundMarkets {
  markets: Market[];
  unreadable: string[];
}

export type MarketDatasetResult =
  | {
      ok: true;
      built: BuiltDataset;
      markets: { id: string; question: string; closed: boolean; resolved: boolean }[];
    }
  | { ok: false; reason: 'invalid' | 'not_found'; unreadable: string[] };

/**
 * The window of history for a picked market: the `days` before it closed (a resolved market's last
 * day included) or before now while it trades.
 */
export function marketWindow(markets: readonly Market[], days: number, now: number): [number, number] {
  const ends = markets.map((m) => (m.closed && m.endTime !== null ? Math.min(now, m.endTime + DAY) : now));
  const end = Math.max(...ends);
  return [end - days * DAY, end];
}

/**
 * One picked market (id, slug or polymarket.com link) as a dataset: found on Gamma open or closed,
 * its price history over its window, the recorded books and scores, its resolution.
 */
export async function buildMarketDataset(
  deps: { sources: DatasetSources; find: (ref: MarketRef) => Promise<FoundMarkets> },
  ref: MarketRef | null,
  options: { days: number; fidelityMinutes: number; now: number },
): Promise<MarketDatasetResult> {
  if (ref === null) return { ok: false, reason: 'invalid', unreadable: [] };
  const found = await deps.find(ref);
  if (found.markets.length === 0) return { ok: false, reason: 'not_found', unreadable: found.unreadable };
  const byId = new Map(found.markets.map((m) => [m.id, m]));
  const [startMs, endMs] = marketWindow(found.markets, options.days, options.now);
  const built = await buildDataset(
    {
      ...deps.sources,
      markets: async (ids) =>
        new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as Market]] : []))),
    },
    { marketIds: [...byId.keys()], range: { startMs, endMs }, fidelityMinutes: options.fidelityMinutes },
  );
  return {
    ok: true,
    built,
    markets: found.markets.map((m) => ({
      id: m.id,
      question: m.question,
      closed: m.closed,
      resolved: m.resolvedOutcome !== null,
    })),
  };
}
