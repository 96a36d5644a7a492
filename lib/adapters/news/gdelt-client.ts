import type { Headline } from '../../core/news/headline';
import { BodyTooLargeError, cappedText, isHttpsUrl } from './capped-body';
import { articlesToHeadlines, gdeltArtListSchema } from './gdelt-article';
import { GDELT_RATE_LIMIT_TEXT, newsQueryRejected, newsRateLimited, newsUnavailable } from './news-errors';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface GdeltClientOptions {
  fetch?: FetchFn;
  baseUrl?: string;
  /** GDELT allows one request every 5 s per IP; we keep 6 s. */
  minIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ArticleQuery {
  query: string;
  /** e.g. '48h', '24h', '7d'. */
  timespan?: string;
  maxRecords?: number;
}

const DEFAULT_BASE = 'https://api.gdeltproject.org/api/v2/doc/doc';

/**
 * Keyless GDELT DOC 2.0 ArtList search. Requests are single-flight and spaced (etiquette); the
 * documented plain-text answers become typed errors; invalid JSON is retried once without control
 * characters; `{}` means no hits.
 */
export class GdeltClient {
  private queue: Promise<unknown> = Promise.resolve();
  private nextAllowedAt = 0;
  private readonly fetchFn: FetchFn;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GdeltClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  articles(q: ArticleQuery): Promise<Headline[]> {
    const run = this.queue.then(() => this.request(q));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async request(q: ArticleQuery): Promise<Headline[]> {
    const wait = this.nextAllowedAt - this.now();
    if (wait > 0) await this.sleep(wait);
    this.nextAllowedAt = this.now() + (this.options.minIntervalMs ?? 6_000);
    const params = new URLSearchParams({
      query: q.query,
      mode: 'ArtList',
      format: 'json',
      maxrecords: String(Math.min(250, q.maxRecords ?? 100)),
      timespan: q.timespan ?? '48h',
      sort: 'DateDesc',
    });
    const base = this.options.baseUrl ?? DEFAULT_BASE;
    if (!isHttpsUrl(base)) throw newsUnavailable('GDELT', 'not https');
    let response: Response;
    try {
      response = await this.fetchFn(`${base}?${params}`, {
        method: 'GET',
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw newsUnavailable('GDELT', error instanceof Error ? error.message : 'network error');
    }
    let text: string;
    try {
      text = (await cappedText(response)).trim();
    } catch (error) {
      throw newsUnavailable(
        'GDELT',
        error instanceof BodyTooLargeError ? error.message : 'body not readable',
      );
    }
    if (response.status === 429 || text.startsWith(GDELT_RATE_LIMIT_TEXT)) throw newsRateLimited('GDELT');
    if (!response.ok) throw newsUnavailable('GDELT', `HTTP ${response.status}`, response.status);
    if (!text.startsWith('{')) throw newsQueryRejected('GDELT', text);
    const body = gdeltArtListSchema.safeParse(parseLenient(text));
    if (!body.success) throw newsUnavailable('GDELT', 'unexpected response');
    return articlesToHeadlines(body.data.articles ?? []);
  }
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: GDELT sometimes sends raw control characters
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}
