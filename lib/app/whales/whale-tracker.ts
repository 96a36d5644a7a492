import { z } from 'zod';
import { venueOf } from '../../core/model/venue';
import { aggregateWallets, isWhale } from '../../core/whales/aggregate-wallets';
import { summariseMarketWhales } from '../../core/whales/market-whale-summary';
import { dedupeTrades } from '../../core/whales/trade-record';
import {
  DEFAULT_PATTERN_OPTIONS,
  type PatternOptions,
  walletPatterns,
} from '../../core/whales/wallet-patterns';
import { coded } from '../../messaging/coded-text';
import type { IntelligenceDeps } from '../intelligence/intelligence-deps';
import type { PassBody } from '../passes/run-pass';
import { fetchMarketTrades, type TradeFetchOptions } from './fetch-trades';
import { refreshTrackedPositions } from './tracked-positions';
import { whaleRow } from './whale-rows';
import { saveWhaleSummary } from './whale-summary-state';

export const WHALES_OBSERVED_SINCE_KEY = 'whales.observedSince';

export interface WhalePassDeps extends IntelligenceDeps {
  options?: { trades?: Partial<TradeFetchOptions>; patterns?: PatternOptions; maxMarkets?: number };
}

/**
 * The whale pass (architecture.md data flow 4): trades of the scanned markets (all recent trades and
 * the big ones, batched by market csv) → wallets aggregated and classified by the thresholds in
 * settings.whales → whales table with patterns, the per-market summary the scorer reads, and the
 * positions of tracked wallets. The trades read is this pass's listing: if it fails, the pass fails.
 */
export function createWhalePass(deps: WhalePassDeps): PassBody {
  return async (ctx) => {
    const { store } = deps;
    const settings = await deps.settings();
    // Whales are wallets: only a venue with public wallet activity has them (Polymarket's Data API).
    const venue = deps.venues.list().find((v) => v.walletActivity);
    const data = venue?.walletActivity;
    if (!venue || !data) {
      ctx.summarise?.(coded('whales_no_venue'));
      return 'No venue with wallet activity is composed.';
    }
    const now = deps.clock.now();
    const opportunities = (await store.opportunities.all()).filter((o) => venueOf(o) === venue.id);
    const markets = [...new Set(opportunities.map((o) => o.conditionId))].slice(
      0,
      deps.options?.maxMarkets ?? 200,
    );
    const tracked = await refreshTrackedPositions(store, data, now, ctx);
    if (markets.length === 0) {
      ctx.summarise?.(coded('whales_no_markets', { tracked }));
      return `No scanned markets yet; ${tracked} tracked wallets refreshed.`;
    }

    const base = { pageSize: 500, maxPages: 1, concurrency: 4, ...deps.options?.trades };
    const [recent, big] = await Promise.all([
      fetchMarketTrades(data, markets, ctx, base),
      fetchMarketTrades(data, markets, ctx, {
        ...base,
        maxPages: 2,
        minCashUsd: settings.whales.minWhaleTradeUsd,
      }),
    ]);
    const trades = dedupeTrades([...recent, ...big]);
    const whales = aggregateWallets(trades).filter((agg) => isWhale(agg, settings.whales));

    let observedSince = await store.runtime.get(WHALES_OBSERVED_SINCE_KEY, z.number());
    if (observedSince === undefined) {
      observedSince = now;
      await store.runtime.set(WHALES_OBSERVED_SINCE_KEY, now);
    }
    const previous = await store.whales.byAddresses(whales.map((w) => w.wallet));
    const rows = whales.map((agg) => {
      const before = previous.get(agg.wallet);
      const firstSeen = Math.min(before?.firstSeenAt ?? agg.firstTradeTime, agg.firstTradeTime);
      const patterns = walletPatterns(
        agg,
        firstSeen,
        observedSince,
        now,
        deps.options?.patterns ?? DEFAULT_PATTERN_OPTIONS,
      );
      return whaleRow(agg, patterns, before, now, () => deps.ids.next());
    });
    await store.whales.upsertMany(rows);

    const known = new Set((await store.whales.all()).map((w) => w.walletAddress));
    const summaries = summariseMarketWhales(trades, known, settings.whales.minWhaleTradeUsd, now);
    await saveWhaleSummary(store, now, markets, summaries);
    const active = [...summaries.values()].filter((s) => s.distinctWhales > 0).length;
    ctx.summarise?.(
      coded('whales_done', {
        trades: trades.length,
        markets: markets.length,
        whales: rows.length,
        active,
        tracked,
      }),
    );
    return `${trades.length.toLocaleString('en-US')} trades in ${markets.length} markets: ${rows.length} whales, active in ${active} markets; ${tracked} tracked wallets refreshed.`;
  };
}
