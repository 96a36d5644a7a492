import type { OpportunityRow } from '../../../../lib/core/model/rows/opportunities';
import type { FakeMarket } from '../../../fake-polymarket/state/market-model.ts';

const factor = { raw: 0.5, normalised: 0.5, weight: 0.25, missing: false };

/** A scan result for a fake market, as the scanner stores it. */
export function opportunityRow(market: FakeMarket, score: number): OpportunityRow {
  return {
    id: `opp-${market.id}`,
    marketId: market.id,
    marketName: market.question,
    slug: market.slug,
    eventSlug: null,
    conditionId: market.conditionId,
    score,
    liquidity: 50_000_000_000,
    volume24h: 10_000_000_000,
    whaleActivityScore: 0.5,
    newsRelevanceScore: 0.5,
    volatilityScore: 0.5,
    liquidityScore: 0.5,
    factors: { liquidity: factor, volatility: factor, whales: factor, news: factor },
    missing: [],
    midYes: 500_000,
    midNo: 500_000,
    endTime: market.endDateMs,
    detectedAt: 0,
    scanId: 'scan-1',
  };
}
