import type { Market } from '../../core/model/market';
import type { PricePoint } from '../../core/scoring/volatility-factor';
import type { WhaleActivity } from '../../core/scoring/whale-factor';
import { coded, codedWithReason } from '../../messaging/coded-text';
import { type IntelligenceDeps, reasonOf } from '../intelligence/intelligence-deps';
import type { PassBody, PassContext } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { Venue } from '../ports/venue-port';
import { listVenues } from './list-venues';
import type { NewsInput } from './news-input';
import { DEFAULT_HISTORY, type HistoryOptions, loadPriceHistories } from './price-histories';
import { recordCalibration } from './record-calibration';
import { ScanProgressReporter } from './scan-progress';
import { type EligibleMarket, scoreMarkets } from './score-markets';
import { applyBookChecks, type Reject } from './shortlist-books';
import { whaleActivityFor } from './whale-activity';

export interface ScanOptions {
  history: HistoryOptions;
  progressIntervalMs: number;
  /** Cached markets not seen by a scan for this long are dropped. Default 7 days. */
  marketCacheMaxAgeMs: number;
}

export interface ScanPassDeps extends IntelligenceDeps {
  /** The info aggregator; without it the news factor is missing (flagged) on every opportunity. */
  news?: NewsInput;
  options?: Partial<ScanOptions>;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Markets grouped by the venue they came from, in the venues' order. */
function byVenue(venues: readonly Venue[], markets: readonly Market[]): [Venue, Market[]][] {
  return venues
    .map((venue): [Venue, Market[]] => [venue, markets.filter((m) => m.venue === venue.id)])
    .filter(([, list]) => list.length > 0);
}

/**
 * The scan pass (architecture.md data flow 1), over every composed venue: listings → pre-filter
 * (first failing rule kept for every rejected market) → batched books for the shortlist, from each
 * market's own venue → book rules → cached price history, whale and news factors → scores →
 * opportunities, rejections and markets tables, each recording its venue. Only the listings can
 * fail the pass (all of them); any other source degrades it.
 */
export function createScanPass(deps: ScanPassDeps): PassBody {
  const options: ScanOptions = {
    history: DEFAULT_HISTORY,
    progressIntervalMs: 500,
    marketCacheMaxAgeMs: 7 * 24 * 3_600_000,
    ...deps.options,
  };
  return async (ctx) => {
    const { store, clock } = deps;
    const settings = await deps.settings();
    const venues = deps.venues.list();
    const now = clock.now();
    const scanId = ctx.passId || deps.ids.next();
    const estimate = await ScanProgressReporter.previousTotal(store);
    const progress = new ScanProgressReporter(store, clock, scanId, estimate, options.progressIntervalMs);
    const reject: Reject = (market, rule, message, text) => ({
      venue: market.venue,
      marketId: market.id,
      marketName: market.question,
      rule,
      message,
      messageText: text,
      scanId,
      scannedAt: now,
    });
    try {
      await progress.update({ phase: 'listing' }, true);
      const { listed, rejections, shortlist, seen } = await listVenues(
        venues,
        settings.strategy,
        now,
        ctx,
        reject,
        (l) =>
          progress.update({
            seen: l.seen,
            shortlisted: l.shortlist.length,
            total: Math.max(l.seen, estimate ?? 0),
          }),
      );
      await progress.update({ phase: 'books', total: seen }, true);
      const eligible: EligibleMarket[] = [];
      for (const [venue, markets] of byVenue(venues, shortlist)) {
        const books = await applyBookChecks(venue.reads, markets, settings.strategy, ctx, reject);
        eligible.push(...books.eligible);
        rejections.push(...books.rejected);
      }

      await progress.update({ phase: 'history' }, true);
      const eligibleMarkets = eligible.map((e) => e.market);
      const [history, whales, news] = await Promise.all([
        venueHistories(store, venues, eligibleMarkets, now, ctx, options.history),
        venueWhales(store, venues, eligibleMarkets, settings.whales.minWhaleTradeUsd, now, ctx),
        lookupNews(deps.news, eligibleMarkets, ctx),
      ]);
      if (history.failed > 0) {
        ctx.degrade(
          `Price history unavailable for ${fmt(history.failed)} markets`,
          coded('history_unavailable', { count: history.failed }),
        );
      }

      await progress.update({ phase: 'scoring' }, true);
      const rows = scoreMarkets({
        eligible,
        histories: history.histories,
        whales,
        headlines: news,
        minLiquidityUsd: settings.strategy.minLiquidity,
        weights: settings.strategy.weights,
        now,
        scanId,
        newId: () => deps.ids.next(),
      });

      await progress.update({ phase: 'saving', scored: rows.length }, true);
      await store.opportunities.upsertMany(rows);
      await store.opportunities.pruneExceptScan(scanId);
      await store.rejections.replaceAll(rejections);
      await store.markets.upsertMany([...listed.values()]);
      await store.markets.pruneOlderThan(now - options.marketCacheMaxAgeMs);
      await recordCalibration(store, rows, listed, now, () => deps.ids.next());
      await progress.update({ phase: 'done', total: seen }, true);

      const threshold = settings.strategy.opportunityThreshold;
      const high = rows.filter((r) => r.score >= threshold).length;
      deps.logger?.info('scan done', { seen, shortlisted: shortlist.length, scored: rows.length, high });
      ctx.summarise?.(
        coded('scan_done', {
          seen,
          rejected: rejections.length,
          shortlisted: shortlist.length,
          scored: rows.length,
          high,
          threshold,
        }),
      );
      return `${fmt(seen)} markets: ${fmt(rejections.length)} rejected, ${fmt(shortlist.length)} shortlisted, ${fmt(rows.length)} scored, ${fmt(high)} scored ≥ ${threshold}`;
    } catch (error) {
      await progress.update({ phase: 'failed' }, true);
      throw error;
    }
  };
}

/** Each venue's markets' price histories from that venue, merged (token keys never collide). */
async function venueHistories(
  store: Store,
  venues: readonly Venue[],
  markets: readonly Market[],
  now: number,
  ctx: PassContext,
  options: HistoryOptions,
) {
  const histories = new Map<string, PricePoint[]>();
  let failed = 0;
  for (const [venue, list] of byVenue(venues, markets)) {
    const tokens = list.map((m) => m.yes.tokenId);
    const result = await loadPriceHistories(store, venue.reads, tokens, now, ctx, options);
    for (const [token, points] of result.histories) histories.set(token, points);
    failed += result.failed;
  }
  return { histories, failed };
}

/**
 * Whale activity from the venues that have wallet activity; a venue without it leaves its markets'
 * whale factor missing. Null when every source that was asked failed.
 */
async function venueWhales(
  store: Store,
  venues: readonly Venue[],
  markets: readonly Market[],
  minWhaleTradeUsd: number,
  now: number,
  ctx: PassContext,
): Promise<Map<string, WhaleActivity> | null> {
  const out = new Map<string, WhaleActivity>();
  let asked = 0;
  let failed = 0;
  for (const [venue, list] of byVenue(venues, markets)) {
    if (!venue.walletActivity) continue;
    asked++;
    try {
      const found = await whaleActivityFor(store, venue.walletActivity, list, minWhaleTradeUsd, now, ctx);
      for (const [key, activity] of found) out.set(key, activity);
    } catch (error) {
      failed++;
      ctx.degrade(
        `Whale data unavailable (Data API): ${reasonOf(error)}`,
        codedWithReason('whales_unavailable', error),
      );
    }
  }
  return asked > 0 && failed === asked ? null : out;
}

async function lookupNews(news: NewsInput | undefined, markets: Market[], ctx: PassContext) {
  if (!news || markets.length === 0) return null;
  try {
    const result = await news.headlines(markets, ctx);
    if (result.status === 'off') return null;
    if (result.status === 'ok') return result.headlines;
    ctx.degrade(
      `News source failed: ${result.reasons.join('; ')}`,
      coded('news_failed', { reasons: result.reasons.join('; ') }),
    );
    return result.anySucceeded ? result.headlines : null;
  } catch (error) {
    ctx.degrade(`News unavailable: ${reasonOf(error)}`, codedWithReason('news_unavailable', error));
    return null;
  }
}
