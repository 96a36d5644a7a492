import type { ResearchMessage } from '../../messaging/research-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import { buildDataset, type DatasetSources } from './build-dataset';

const DAY = 86_400_000;

/**
 * 'research.buildDataset': the chosen markets' price history up to now (fetched and cached), the
 * recorded book snapshots, scores and resolutions, as a backtest dataset the dashboard can run and
 * export. Wire with the background's store, MarketData.markets and the shared clients' clob reads.
 */
export function createResearchHandlers(deps: {
  sources: DatasetSources;
  clock: Clock;
}): HandlersFor<ResearchMessage> {
  return {
    'research.buildDataset': ({ marketIds, days, fidelityMinutes }) => {
      const now = deps.clock.now();
      return buildDataset(deps.sources, {
        marketIds,
        range: { startMs: now - days * DAY, endMs: now },
        fidelityMinutes,
      });
    },
  };
}
