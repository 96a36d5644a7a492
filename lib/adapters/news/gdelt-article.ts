import { z } from 'zod';
import type { Headline } from '../../core/news/headline';

/** One ArtList article (other-apis.md §1): `seendate` is the crawl time, `YYYYMMDDTHHMMSSZ` UTC. */
export const gdeltArticleSchema = z.object({
  url: z.string(),
  title: z.string(),
  seendate: z.string().regex(/^\d{8}T\d{6}Z$/),
  domain: z.string().optional(),
  language: z.string().optional(),
  sourcecountry: z.string().optional(),
});

/** `{}` when nothing matched (no `articles` key). */
export const gdeltArtListSchema = z.object({ articles: z.array(z.unknown()).optional() });

export function seenDateToMs(seendate: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(seendate);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** Valid articles as headlines; malformed ones are skipped, never patched. */
export function articlesToHeadlines(articles: readonly unknown[]): Headline[] {
  const out: Headline[] = [];
  for (const raw of articles) {
    const parsed = gdeltArticleSchema.safeParse(raw);
    if (!parsed.success) continue;
    const a = parsed.data;
    out.push({
      title: a.title,
      url: a.url,
      source: a.domain ?? 'GDELT',
      publishedAt: seenDateToMs(a.seendate),
    });
  }
  return out;
}
