import type { Market } from '../../core/model/market';
import type { WhaleActivity } from '../../core/scoring/whale-factor';
import { summariseMarketWhales } from '../../core/whales/market-whale-summary';
import type { PassContext } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { WalletActivityReads } from '../ports/wallet-activity-port';
import { fetchMarketTrades } from '../whales/fetch-trades';
import { loadWhaleSummary } from '../whales/whale-summary-state';

/** A whale-pass summary younger than this is used as is. */
export const WHALE_SUMMARY_MAX_AGE_MS = 30 * 60_000;

/**
 * Whale activity (24 h) for each market, from the whale pass's summary when it is fresh and covers
 * the market, else from the market's big trades (filterType=CASH ≥ the single-trade threshold) in
 * batched /trades requests. Throws when the Data API fails (the caller marks the factor missing).
 */
export async function whaleActivityFor(
  store: Store,
  data: WalletActivityReads,
  markets: readonly Market[],
  minWhaleTradeUsd: number,
  now: number,
  ctx: PassContext,
): Promise<Map<string, WhaleActivity>> {
  const out = new Map<string, WhaleActivity>();
  const state = await loadWhaleSummary(store);
  const fresh = state && now - state.computedAt <= WHALE_SUMMARY_MAX_AGE_MS ? state : undefined;
  const covered = new Set(fresh?.covered ?? []);
  const missing = markets.filter((m) => !covered.has(m.conditionId));
  if (missing.length > 0) {
    const trades = await fetchMarketTrades(
      data,
      missing.map((m) => m.conditionId),
      ctx,
      { minCashUsd: minWhaleTradeUsd, pageSize: 500, maxPages: 2, concurrency: 4 },
    );
    const known = new Set((await store.whales.all()).map((w) => w.walletAddress));
    const summaries = summariseMarketWhales(trades, known, minWhaleTradeUsd, now);
    for (const m of missing) {
      const s = summaries.get(m.conditionId);
      out.set(m.conditionId, {
        whaleVolume24h: s?.whaleVolume24h ?? 0,
        distinctWhales: s?.distinctWhales ?? 0,
        marketVolume24h: m.volume24h,
      });
    }
  }
  for (const m of markets) {
    if (out.has(m.conditionId)) continue;
    const s = fresh?.markets[m.conditionId];
    out.set(m.conditionId, {
      whaleVolume24h: s?.whaleVolume24h ?? 0,
      distinctWhales: s?.distinctWhales ?? 0,
      marketVolume24h: m.volume24h,
    });
  }
  return out;
}
