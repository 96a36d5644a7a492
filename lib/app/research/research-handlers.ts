import type { MarketRef } from '../../core/backtest/import/market-refs';
import { parseMarketRef } from '../../core/backtest/import/market-refs';
import type { ResearchMessage } from '../../messaging/research-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import { buildDataset, type DatasetSources } from './build-dataset';
import { buildMarketDataset, type FoundMarkets } from './market-dataset';

const DAY = 86_400_000;

/**
 * 'research.buildDataset': the chosen markets' price history up to now (fetched and cached), the
 * recorded book snapshots, scores and resolutions, as a backtest dataset the dashboard can run and
 * export. Wire with the background's store, MarketData.markets and the shared clients' clob reads.
 * 'research.buildMarketDataset': the same for one market the user picked by id, slug or link.
 */
export function createResearchHandlers(deps: {
  sources: DatasetSources;
  /** Gamma markets a user's reference names, open or closed (lib/adapters/polymarket/find-markets). */
  findMarkets: (ref: MarketRef) => Promise<FoundMarkets>;
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
      buildMarketDataset({ sources: deps.sources, find: deps.findMarkets }, parseMarketRef(ref), {
        days,
        fidelityMinutes,
        now: deps.clock.now(),
      }),
  };
}
