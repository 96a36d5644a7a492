import type { Market } from '../../core/model/market';
import type { RejectionRow } from '../../core/model/rows/rejections';
import { venueOf } from '../../core/model/venue';
import { preFilterMarket } from '../../core/rules/eligibility';
import { eligibilityMessage } from '../../core/rules/eligibility-text';
import { type CodedText, coded, codedWithReason } from '../../messaging/coded-text';
import { type IntelligenceDeps, reasonOf, resolveClients } from '../intelligence/intelligence-deps';
import type { PassBody, PassContext } from '../passes/run-pass';
import { DEFAULT_LISTING, type ListingOptions, listActiveMarkets } from './list-markets';
import type { NewsInput } from './news-input';
import { DEFAULT_HISTORY, type HistoryOptions, loadPriceHistories } from './price-histories';
import { recordCalibration } from './record-calibration';
import { ScanProgressReporter } from './scan-progress';
import { scoreMarkets } from './score-markets';
import { applyBookChecks } from './shortlist-books';
import { whaleActivityFor } from './whale-activity';

export interface ScanOptions {
  listing: ListingOptions;
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

/**
 * The scan pass (architecture.md data flow 1): Gamma pages → pre-filter (first failing rule kept
 * for every rejected market) → batched books for the shortlist → book rules → cached price
 * history, whale and news factors → scores → opportunities, rejections and markets tables.
 * Only the Gamma listing can fail the pass; any other source degrades it.
 */
export function createScanPass(deps: ScanPassDeps): PassBody {
  const options: ScanOptions = {
    listing: DEFAULT_LISTING,
    history: DEFAULT_HISTORY,
    progressIntervalMs: 500,
    marketCacheMaxAgeMs: 7 * 24 * 3_600_000,
    ...deps.options,
  };
  return async (ctx) => {
    const { store, clock } = deps;
    const settings = await deps.settings();
    const clients = resolveClients(deps.clients, settings);
    const now = clock.now();
    const scanId = ctx.passId || deps.ids.next();
    const estimate = await ScanProgressReporter.previousTotal(store);
    const progress = new ScanProgressReporter(store, clock, scanId, estimate, options.progressIntervalMs);
    const reject = (
      market: Pick<Market, 'id' | 'question'> & { venue?: Market['venue'] },
      rule: string,
      message: string,
      text: CodedText,
    ): RejectionRow => ({
      venue: venueOf(market),
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
      const listed = new Map<string, Market>();
      const rejections: RejectionRow[] = [];
      const shortlist: Market[] = [];
      let seen = 0;
      for await (const page of listActiveMarkets(clients.gamma, ctx, options.listing)) {
        for (const parsed of page) {
          if (!parsed.ok) {
            seen++;
            const id = parsed.id ?? `unreadable-${seen}`;
            const why = `Unreadable market: ${parsed.reason}`;
            const text = coded('unreadable', { reason: parsed.reason });
            rejections.push(reject({ id, question: '' }, 'invalid_payload', why, text));
            continue;
          }
          const market = parsed.market;
          if (listed.has(market.id)) continue;
          seen++;
          listed.set(market.id, market);
          const verdict = preFilterMarket(market, settings.strategy, now);
          if (verdict.eligible) shortlist.push(market);
          else rejections.push(reject(market, verdict.rule, eligibilityMessage(verdict), verdict.text));
        }
        await progress.update({ seen, shortlisted: shortlist.length, total: Math.max(seen, estimate ?? 0) });
      }
      await progress.update({ phase: 'books', total: seen }, true);
      const books = await applyBookChecks(clients.clob, shortlist, settings.strategy, ctx, reject);
      rejections.push(...books.rejected);

      await progress.update({ phase: 'history' }, true);
      const eligibleMarkets = books.eligible.map((e) => e.market);
      const [history, whales, news] = await Promise.all([
        loadPriceHistories(
          store,
          clients.clob,
          eligibleMarkets.map((m) => m.yes.tokenId),
          now,
          ctx,
          options.history,
        ),
        whaleActivityFor(
          store,
          clients.data,
          eligibleMarkets,
          settings.whales.minWhaleTradeUsd,
          now,
          ctx,
        ).catch((error: unknown) => {
          ctx.degrade(
            `Whale data unavailable (Data API): ${reasonOf(error)}`,
            codedWithReason('whales_unavailable', error),
          );
          return null;
        }),
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
        eligible: books.eligible,
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
