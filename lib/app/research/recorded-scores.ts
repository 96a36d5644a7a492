import type { ScorePoint } from '../../core/backtest/dataset';
import type { Store } from '../ports/store-port';

/**
 * The opportunity scores the extension recorded for these markets (calibration samples and the
 * latest scan's opportunities), per market id, ascending t. The backtest applies the opportunity
 * threshold with them and, like the auto-entry, enters the best score first.
 */
export async function recordedScores(
  store: Pick<Store, 'opportunities' | 'scoreSamples'>,
  marketIds: readonly string[],
): Promise<Record<string, ScorePoint[]>> {
  const wanted = new Set(marketIds);
  const byMarket = new Map<string, Map<number, number>>();
  const add = (marketId: string, t: number, score: number) => {
    if (!wanted.has(marketId)) return;
    const points = byMarket.get(marketId) ?? new Map<number, number>();
    points.set(t, score);
    byMarket.set(marketId, points);
  };
  for (const sample of (await store.scoreSamples.latestByMarket([...marketIds])).values())
    add(sample.marketId, sample.scoredAt, sample.score);
  for (const row of await store.opportunities.all()) add(row.marketId, row.detectedAt, row.score);
  const out: Record<string, ScorePoint[]> = {};
  for (const [marketId, points] of byMarket) {
    out[marketId] = [...points.entries()].sort((x, y) => x[0] - y[0]).map(([t, score]) => ({ t, score }));
  }
  return out;
}
