import type { PricePoint } from '../../core/scoring/volatility-factor';
import { mapConcurrent } from '../market-data/map-concurrent';
import type { PassContext } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { VenueMarketReads } from '../ports/venue-port';

export interface HistoryOptions {
  /** Refresh a cached history older than this. Default 1 h. */
  maxAgeMs: number;
  /** Minutes between points (hourly). */
  fidelityMinutes: number;
  concurrency: number;
}

export const DEFAULT_HISTORY: Readonly<HistoryOptions> = Object.freeze({
  maxAgeMs: 3_600_000,
  fidelityMinutes: 60,
  concurrency: 8,
});

export interface HistoryResult {
  histories: Map<string, PricePoint[]>;
  fetched: number;
  failed: number;
}

/**
 * 7 days of hourly prices per token, from the cache when fresh enough, else from the venue (Polymarket: /prices-history)
 * (one request per stale token). A failed token keeps its older cached history if there is one.
 */
export async function loadPriceHistories(
  store: Store,
  reads: Pick<VenueMarketReads, 'weekHistory'>,
  tokenIds: readonly string[],
  now: number,
  ctx: PassContext,
  options: HistoryOptions = DEFAULT_HISTORY,
): Promise<HistoryResult> {
  const stale = await store.priceHistory.stale([...tokenIds], now - options.maxAgeMs);
  let failed = 0;
  await mapConcurrent(
    stale,
    options.concurrency,
    async (tokenId) => {
      ctx.addRequests(1);
      try {
        const points = await reads.weekHistory({ tokenId, fidelityMinutes: options.fidelityMinutes });
        await store.priceHistory.put({
          tokenId,
          points: points.map((p) => ({ t: Math.floor(p.time / 1000), p: p.price / 1_000_000 })),
          fidelityMinutes: options.fidelityMinutes,
          fetchedAt: now,
        });
      } catch {
        failed++;
      }
    },
    ctx.signal,
  );
  const cached = await store.priceHistory.getMany([...tokenIds]);
  const histories = new Map<string, PricePoint[]>();
  for (const [tokenId, row] of cached) histories.set(tokenId, row.points);
  return { histories, fetched: stale.length - failed, failed };
}
