import type { Market } from '../../core/model/market';
import type { Headline } from '../../core/news/headline';
import { extractKeywords } from '../../core/news/keywords';
import { buildNewsQueries } from '../../core/news/news-queries';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import { reasonOf } from '../intelligence/intelligence-deps';
import type { PassContext } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { NewsInput, NewsLookup } from '../scan/news-input';
import { loadHeadlineCache, saveHeadlineCache } from './headline-cache';
import type { NewsSources } from './news-sources';

export interface InfoAggregatorOptions {
  /** Headlines are refreshed at most this often. Default 15 min. */
  refreshMs: number;
  /** GDELT queries per refresh (each waits ≥ 6 s after the previous one). Default 2. */
  maxGdeltQueries: number;
  /** Markets whose keywords go into the GDELT queries, biggest 24 h volume first. Default 48. */
  maxMarkets: number;
}

const WINDOW_MS = 48 * 3_600_000;

/**
 * The info aggregator: headlines from the enabled sources (GDELT, the user's RSS/Atom feeds),
 * cached in runtime state and refreshed at most every `refreshMs`. It never fails a pass: a source
 * that fails is reported (the scanner degrades and, if nothing came back, flags news missing).
 */
export function createInfoAggregator(deps: {
  store: Store;
  clock: Clock;
  settings: () => Promise<Settings>;
  sources: NewsSources;
  options?: Partial<InfoAggregatorOptions>;
}): NewsInput & { refresh(markets: readonly Market[], ctx: PassContext): Promise<NewsLookup> } {
  const options: InfoAggregatorOptions = {
    refreshMs: 15 * 60_000,
    maxGdeltQueries: 2,
    maxMarkets: 48,
    ...deps.options,
  };

  async function refresh(
    markets: readonly Market[],
    ctx: PassContext,
    sourcesKey: string,
  ): Promise<NewsLookup> {
    const { news } = await deps.settings();
    const now = deps.clock.now();
    const collected: Headline[] = [];
    const failures: string[] = [];
    let succeeded = 0;
    const attempt = async (label: string, read: () => Promise<Headline[]>) => {
      ctx.addRequests(1);
      try {
        collected.push(...(await read()));
        succeeded++;
      } catch (error) {
        failures.push(`${label}: ${reasonOf(error)}`);
      }
    };
    const rss = deps.sources.rss;
    if (rss) for (const url of news.rssFeeds) await attempt(new URL(url).host, () => rss.feed(url));
    const gdelt = deps.sources.gdelt;
    if (news.gdeltEnabled && gdelt) {
      const top = [...markets].sort((a, b) => b.volume24h - a.volume24h).slice(0, options.maxMarkets);
      const queries = buildNewsQueries(
        top.map((m) => extractKeywords(m.question, m.eventTitle)),
        options.maxGdeltQueries,
      );
      for (const query of queries)
        await attempt('GDELT', () => gdelt.articles({ query, timespan: '48h', maxRecords: 250 }));
    }
    const seen = new Set<string>();
    const headlines = collected.filter((h) => {
      const key = h.url || h.title;
      if (seen.has(key) || !(now - h.publishedAt <= WINDOW_MS)) return false;
      seen.add(key);
      return true;
    });
    const anySucceeded = succeeded > 0;
    await saveHeadlineCache(deps.store, { fetchedAt: now, sourcesKey, headlines, failures, anySucceeded });
    return failures.length === 0
      ? { status: 'ok', headlines }
      : { status: 'failed', reasons: failures, headlines, anySucceeded };
  }

  function keyOf(settings: Settings): string | null {
    const { news } = settings;
    const parts = [
      ...(news.gdeltEnabled && deps.sources.gdelt ? ['gdelt'] : []),
      ...(deps.sources.rss ? news.rssFeeds : []),
    ];
    return parts.length === 0 ? null : parts.join('|');
  }

  return {
    async headlines(markets, ctx) {
      const key = keyOf(await deps.settings());
      if (key === null) return { status: 'off' };
      const cached = await loadHeadlineCache(deps.store);
      if (cached && cached.sourcesKey === key && deps.clock.now() - cached.fetchedAt < options.refreshMs) {
        return cached.failures.length === 0
          ? { status: 'ok', headlines: cached.headlines }
          : {
              status: 'failed',
              reasons: cached.failures,
              headlines: cached.headlines,
              anySucceeded: cached.anySucceeded,
            };
      }
      return refresh(markets, ctx, key);
    },
    async refresh(markets, ctx) {
      const key = keyOf(await deps.settings());
      return key === null ? { status: 'off' } : refresh(markets, ctx, key);
    },
  };
}
