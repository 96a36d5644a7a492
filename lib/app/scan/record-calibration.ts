import type { Market } from '../../core/model/market';
import type { OpportunityRow } from '../../core/model/rows/opportunities';
import type { ScoreSampleRow } from '../../core/model/rows/score-samples';
import type { Store } from '../ports/store-port';

const DAY_MS = 24 * 3_600_000;
/** Outcome horizon: the YES price this long after the score. */
export const CALIBRATION_HORIZON_MS = DAY_MS;
const KEEP_MS = 90 * DAY_MS;

/** Where the YES price of a market is now, from this scan first, then from the markets cache. */
async function priceNow(
  store: Store,
  marketId: string,
  scored: ReadonlyMap<string, OpportunityRow>,
  listed: ReadonlyMap<string, Market>,
): Promise<{ price: number; resolved: boolean } | null> {
  const row = scored.get(marketId);
  if (row?.midYes != null) return { price: row.midYes, resolved: false };
  const market = listed.get(marketId) ?? (await store.markets.get(marketId));
  if (!market) return null;
  if (market.resolvedOutcome !== null)
    return { price: market.resolvedOutcome === 0 ? 1_000_000 : 0, resolved: true };
  return { price: market.yes.price, resolved: false };
}

/**
 * Keep each score and, a day later, what the market did: one sample per market per horizon, settled
 * with the YES price (or the resolution) once the horizon has passed.
 */
export async function recordCalibration(
  store: Store,
  scoredRows: readonly OpportunityRow[],
  listed: ReadonlyMap<string, Market>,
  now: number,
  newId: () => string,
): Promise<{ added: number; settled: number }> {
  const scored = new Map(scoredRows.map((r) => [r.marketId, r]));
  const latest = await store.scoreSamples.latestByMarket([...scored.keys()]);
  const fresh: ScoreSampleRow[] = [];
  for (const row of scoredRows) {
    const last = latest.get(row.marketId);
    if (row.midYes === null || (last && now - last.scoredAt < CALIBRATION_HORIZON_MS)) continue;
    fresh.push({
      id: newId(),
      marketId: row.marketId,
      conditionId: row.conditionId,
      score: row.score,
      entryPrice: row.midYes,
      scoredAt: now,
      laterPrice: null,
      resolved: false,
      settledAt: null,
    });
  }
  const settled: ScoreSampleRow[] = [];
  for (const sample of await store.scoreSamples.pendingBefore(now - CALIBRATION_HORIZON_MS)) {
    const later = await priceNow(store, sample.marketId, scored, listed);
    if (later) settled.push({ ...sample, laterPrice: later.price, resolved: later.resolved, settledAt: now });
  }
  await store.scoreSamples.putMany([...fresh, ...settled]);
  await store.scoreSamples.pruneOlderThan(now - KEEP_MS);
  return { added: fresh.length, settled: settled.length };
}
