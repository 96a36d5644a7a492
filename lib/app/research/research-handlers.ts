import type { ResearchMessage } from '../../messaging/research-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import type { VenuePick } from '../venues/venue-research';
import { buildDataset, type DatasetSources } from './build-dataset';
import { buildMarketDataset } from './market-dataset';

const DAY = 86_400_000;

/**
 * 'research.buildDataset': the chosen markets' price history up to now (fetched and cached), the
 * recorded book snapshots, scores and resolutions, as a backtest dataset the dashboard can run and
 * export. Wire with the background's store and the venues' market reads and histories
 * (venue-market-data.ts, venue-research.ts): each market is read from the venue its key names.
 * 'research.buildMarketDataset': the same for one market the user picked on any venue that reads
 * the reference (findInVenues).
 */
export function createResearchHandlers(deps: {
  sources: DatasetSources;
  /** The markets a user's reference names on the venue that reads it, open or closed (findInVenues). */
  findMarkets: (input: string) => Promise<VenuePick>;
  clock: Clock;
}): HandlersFor<ResearchMessage> {
  return {
    'research.buildDataset': ({ marketIds, days, fidelityMinutes, window }) => {
      const now = deps.clock.now();
      return buildDataset(deps.sources, {
        marketIds,
        range: window
          ? { startMs: window.fromMs, endMs: window.toMs }
          : { startMs: now - days * DAY, endMs: now },
        fidelityMinutes,
      });
    },
    'research.buildMarketDataset': ({ ref, days, fidelityMinutes }) =>
      buildMarketDataset({ sources: deps.sources, find: deps.findMarkets }, ref, {
        days,
        fidelityMinutes,
        now: deps.clock.now(),
      }),
  };
}
