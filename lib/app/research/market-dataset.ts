import type { Market } from '../../core/model/market';
import type { VenueId } from '../../core/model/venue';
import type { VenuePick } from '../venues/venue-research';
import { type BuiltDataset, buildDataset, type DatasetSources } from './build-dataset';

const DAY = 86_400_000;

/** What a venue answered for one reference (venue-research-port.ts). */
export type { FoundMarkets } from '../ports/venue-research-port';

export type MarketDatasetResult =
  | {
      ok: true;
      /** The venue the markets were found on (the dataset records it too). */
      venue: VenueId;
      built: BuiltDataset;
      markets: { id: string; question: string; closed: boolean; resolved: boolean }[];
    }
  | { ok: false; reason: 'invalid' | 'not_found'; unreadable: string[] }
  /** The reference is a venue's that is turned off in the settings. */
  | { ok: false; reason: 'venue_off'; venue: VenueId; unreadable: string[] };

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
 * One picked market as a dataset, on whichever venue reads the reference (Polymarket: id, slug or
 * polymarket.com link; Kalshi: ticker, `kalshi:TICKER` or kalshi.com link): found open or closed,
 * its price history over its window from its venue, the recorded books and scores, its resolution.
 */
export async function buildMarketDataset(
  deps: { sources: DatasetSources; find: (input: string) => Promise<VenuePick> },
  input: string,
  options: { days: number; fidelityMinutes: number; now: number },
): Promise<MarketDatasetResult> {
  const pick = await deps.find(input);
  if (pick.kind === 'invalid') return { ok: false, reason: 'invalid', unreadable: [] };
  if (pick.kind === 'off') return { ok: false, reason: 'venue_off', venue: pick.venue, unreadable: [] };
  if (pick.kind === 'not_found') return { ok: false, reason: 'not_found', unreadable: pick.unreadable };
  const { found } = pick;
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
    venue: pick.venue,
    built,
    markets: found.markets.map((m) => ({
      id: m.id,
      question: m.question,
      closed: m.closed,
      resolved: m.resolvedOutcome !== null,
    })),
  };
}
