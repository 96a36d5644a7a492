import { type CalibrationBucket, calibrationTable } from '../../core/calibration/calibration-table';
import { coded } from '../../messaging/coded-text';
import { createInfoAggregator, type InfoAggregatorOptions } from '../news/info-aggregator';
import type { NewsSources } from '../news/news-sources';
import type { PassBody } from '../passes/run-pass';
import { createScanPass, type ScanOptions } from '../scan/market-scanner';
import { createWhalePass } from '../whales/whale-tracker';
import type { IntelligenceDeps } from './intelligence-deps';

export interface IntelligenceServicesDeps extends IntelligenceDeps {
  /** News adapters (lib/adapters/news); used only when enabled in settings.news. */
  news?: NewsSources;
  scanOptions?: Partial<ScanOptions>;
  newsOptions?: Partial<InfoAggregatorOptions>;
}

export interface IntelligenceServices {
  /** Alarm 'scan' (settings.passes.scanMinutes). */
  scanPass: PassBody;
  /** Alarm 'whales' (settings.passes.whaleMinutes). */
  whalePass: PassBody;
  /** Optional: refresh headlines now for the current opportunities (the scan also refreshes when stale). */
  newsPass: PassBody;
  /** Hit rate per score bucket from the stored score samples. */
  calibration(limit?: number): Promise<CalibrationBucket[]>;
  /** Follow or unfollow a whale (its positions are fetched by the whale pass). */
  setWhaleTracked(walletAddress: string, tracked: boolean): Promise<boolean>;
}

/** The market scanner, whale tracker and info aggregator over one set of dependencies. */
export function createIntelligenceServices(deps: IntelligenceServicesDeps): IntelligenceServices {
  const info = createInfoAggregator({
    store: deps.store,
    clock: deps.clock,
    settings: deps.settings,
    sources: deps.news ?? {},
    options: deps.newsOptions,
  });
  return {
    scanPass: createScanPass({ ...deps, news: info, options: deps.scanOptions }),
    whalePass: createWhalePass(deps),
    newsPass: async (ctx) => {
      const opportunities = await deps.store.opportunities.all();
      const markets = [...(await deps.store.markets.getMany(opportunities.map((o) => o.marketId))).values()];
      const result = await info.refresh(markets, ctx);
      if (result.status === 'off') return 'News sources are off.';
      if (result.status === 'failed') {
        const reasons = result.reasons.join('; ');
        ctx.degrade(`News source failed: ${reasons}`, coded('news_failed', { reasons }));
      }
      return `${result.headlines.length} headlines from the last 48 h.`;
    },
    async calibration(limit = 5_000) {
      const rows = await deps.store.scoreSamples.recent(limit);
      return calibrationTable(rows);
    },
    setWhaleTracked: (walletAddress, tracked) =>
      deps.store.whales.setTracked(walletAddress.toLowerCase(), tracked),
  };
}
