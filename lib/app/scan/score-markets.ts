import { midpoint } from '../../core/model/book-stats';
import type { Market } from '../../core/model/market';
import type { OpportunityRow } from '../../core/model/rows/opportunities';
import type { Headline } from '../../core/news/headline';
import { matchHeadlines } from '../../core/news/headline-matching';
import { extractKeywords } from '../../core/news/keywords';
import type { MarketBooks } from '../../core/rules/eligibility';
import type { FactorWeights } from '../../core/rules/params';
import { liquidityDepth, liquidityFactor } from '../../core/scoring/liquidity-factor';
import { newsFactor } from '../../core/scoring/news-factor';
import { type FactorValue, scoreOpportunity } from '../../core/scoring/opportunity-scorer';
import { logOddsVolatility, type PricePoint, volatilityFactors } from '../../core/scoring/volatility-factor';
import { type WhaleActivity, whaleFactor } from '../../core/scoring/whale-factor';
import { coded } from '../../messaging/coded-text';

export interface EligibleMarket {
  market: Market;
  books: MarketBooks;
}

export interface ScoringInputs {
  eligible: readonly EligibleMarket[];
  /** YES token id → cached hourly history. */
  histories: ReadonlyMap<string, PricePoint[]>;
  /** conditionId → activity; null when the whale source failed. */
  whales: ReadonlyMap<string, WhaleActivity> | null;
  /** null when news is off or every news source failed. */
  headlines: readonly Headline[] | null;
  minLiquidityUsd: number;
  weights: FactorWeights;
  now: number;
  scanId: string;
  newId: () => string;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function newsFor(
  market: Market,
  headlines: readonly Headline[],
  now: number,
): { value: FactorValue; count: number } {
  const matches = matchHeadlines(headlines, extractKeywords(market.question, market.eventTitle));
  const times = matches
    .map((m) => m.headline.publishedAt)
    .filter((t) => t <= now && now - t <= 48 * 3_600_000);
  return { value: newsFactor(times, now), count: times.length };
}

/**
 * Score every eligible market with the four factors of strategy.md (volatility normalised across
 * this set) and build the opportunity rows with their breakdown, notes and missing-data flags.
 */
export function scoreMarkets(inputs: ScoringInputs): OpportunityRow[] {
  const { eligible, now } = inputs;
  const vols = volatilityFactors(
    eligible.map((e) => {
      const history = inputs.histories.get(e.market.yes.tokenId);
      return history ? logOddsVolatility(history, now) : null;
    }),
  );
  return eligible.map((e, i) => {
    const { market, books } = e;
    const liquidity = liquidityFactor(liquidityDepth(books), inputs.minLiquidityUsd);
    const activity = inputs.whales?.get(market.conditionId);
    const whales = activity ? whaleFactor(activity) : null;
    const news = inputs.headlines ? newsFor(market, inputs.headlines, now) : null;
    const volatility = vols[i] ?? null;
    const result = scoreOpportunity(
      { liquidity, volatility, whales, news: news?.value ?? null },
      inputs.weights,
    );
    const depthUsd = Math.round(liquidity.raw);
    const notes = {
      liquidity: `$${depthUsd.toLocaleString('en-US')} within 2 % of the midpoints`,
      volatility: volatility ? `hourly log-odds σ ${volatility.raw.toFixed(3)}` : 'no price history',
      whales: activity
        ? `${activity.distinctWhales} whales, ${pct(whales?.raw ?? 0)} of 24 h volume`
        : 'whale data unavailable',
      news: news ? `${news.count} matching headlines in 48 h` : 'news off or unavailable',
    };
    const noteTexts = {
      liquidity: coded('liquidity_depth', { depthUsd: depthUsd * 1_000_000 }),
      volatility: volatility ? coded('volatility_sigma', { sigma: volatility.raw }) : coded('no_history'),
      whales: activity
        ? coded('whales_share', { whales: activity.distinctWhales, shareRatio: whales?.raw ?? 0 })
        : coded('whales_unavailable'),
      news: news ? coded('news_count', { count: news.count }) : coded('news_unavailable'),
    };
    const f = result.factors;
    return {
      venue: market.venue,
      id: inputs.newId(),
      marketId: market.id,
      marketName: market.question,
      slug: market.slug,
      eventSlug: market.eventSlug,
      conditionId: market.conditionId,
      score: result.score,
      liquidity: market.liquidity,
      volume24h: market.volume24h,
      whaleActivityScore: f.whales.normalised,
      newsRelevanceScore: f.news.normalised,
      volatilityScore: f.volatility.normalised,
      liquidityScore: f.liquidity.normalised,
      factors: {
        liquidity: { ...f.liquidity, note: notes.liquidity, noteText: noteTexts.liquidity },
        volatility: { ...f.volatility, note: notes.volatility, noteText: noteTexts.volatility },
        whales: { ...f.whales, note: notes.whales, noteText: noteTexts.whales },
        news: { ...f.news, note: notes.news, noteText: noteTexts.news },
      },
      missing: result.flags,
      midYes: midpoint(books.yes),
      midNo: midpoint(books.no),
      endTime: market.endTime,
      detectedAt: now,
      scanId: inputs.scanId,
    };
  });
}
