import { z } from 'zod';
import type { Store } from '../ports/store-port';

export const NEWS_CACHE_KEY = 'news.headlines';

/** Runtime state 'news.headlines': the last refresh of every enabled source. */
export const headlineCacheSchema = z.object({
  fetchedAt: z.number(),
  /** Which sources the refresh used, so a settings change refreshes at once. */
  sourcesKey: z.string(),
  headlines: z.array(
    z.object({ title: z.string(), url: z.string(), source: z.string(), publishedAt: z.number() }),
  ),
  failures: z.array(z.string()),
  anySucceeded: z.boolean(),
});
export type HeadlineCache = z.infer<typeof headlineCacheSchema>;

export function loadHeadlineCache(store: Store): Promise<HeadlineCache | undefined> {
  return store.runtime.get(NEWS_CACHE_KEY, headlineCacheSchema);
}

export function saveHeadlineCache(store: Store, cache: HeadlineCache): Promise<void> {
  return store.runtime.set(NEWS_CACHE_KEY, cache);
}
