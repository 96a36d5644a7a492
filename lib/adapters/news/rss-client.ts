import type { Headline } from '../../core/news/headline';
import type { FetchFn } from './gdelt-client';
import { newsUnavailable } from './news-errors';
import { parseFeed } from './rss-feed';

/** Fetches user-added RSS/Atom feeds (host permission requested by the options page). */
export class RssClient {
  private readonly fetchFn: FetchFn;

  constructor(options: { fetch?: FetchFn } = {}) {
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  }

  async feed(url: string): Promise<Headline[]> {
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        method: 'GET',
        headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' },
      });
    } catch (error) {
      throw newsUnavailable(new URL(url).host, error instanceof Error ? error.message : 'network error');
    }
    if (!response.ok) throw newsUnavailable(new URL(url).host, `HTTP ${response.status}`, response.status);
    try {
      return parseFeed(await response.text(), url);
    } catch {
      throw newsUnavailable(new URL(url).host, 'not an RSS or Atom feed');
    }
  }
}
