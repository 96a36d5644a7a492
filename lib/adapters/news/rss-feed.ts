import { XMLParser } from 'fast-xml-parser';
import type { Headline } from '../../core/news/headline';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry',
});

type Node = Record<string, unknown>;

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']).trim();
  return '';
}

function atomLink(value: unknown): string {
  const links = Array.isArray(value) ? value : [value];
  const alternate = links.find(
    (l) => l && typeof l === 'object' && ((l as Node)['@_rel'] ?? 'alternate') === 'alternate',
  );
  const chosen = (alternate ?? links[0]) as Node | string | undefined;
  return typeof chosen === 'string' ? chosen : String(chosen?.['@_href'] ?? '');
}

/**
 * RSS 2.0 or Atom text → headlines (no DOM: fast-xml-parser works in a service worker). Items
 * without a title or a parsable date are skipped, never given an invented time.
 */
export function parseFeed(xml: string, feedUrl: string): Headline[] {
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  const feed = doc.feed as Node | undefined;
  const source = text(channel?.title ?? feed?.title) || new URL(feedUrl).host;
  const items = ((channel?.item ?? feed?.entry ?? []) as Node[]).filter((i) => i && typeof i === 'object');
  const out: Headline[] = [];
  for (const item of items) {
    const title = text(item.title);
    const url = channel ? text(item.link) || text(item.guid) : atomLink(item.link);
    const publishedAt = Date.parse(text(item.pubDate ?? item.published ?? item.updated ?? item['dc:date']));
    if (!title || !Number.isFinite(publishedAt)) continue;
    const itemSource = text(item.source);
    out.push({ title, url, source: itemSource || source, publishedAt });
  }
  return out;
}
