import type { Headline } from '../../core/news/headline';
import { BodyTooLargeError, cappedText, isHttpsUrl } from './capped-body';
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
    if (!isHttpsUrl(url)) throw newsUnavailable(URL.canParse(url) ? new URL(url).host : 'feed', 'not https');
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
    let text: string;
    try {
      text = await cappedText(response);
    } catch (error) {
      const reason = error instanceof BodyTooLargeError ? error.message : 'body not readable';
      throw newsUnavailable(new URL(url).host, reason);
    }
    try {
      return parseFeed(text, url);
    } catch {
      throw newsUnavailable(new URL(url).host, 'not an RSS or Atom feed');
    }
  }
}
