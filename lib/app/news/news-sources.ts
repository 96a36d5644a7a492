import type { Headline } from '../../core/news/headline';

/** What the info aggregator needs from the news adapters (GdeltClient, RssClient implement these). */
export interface ArticleSearch {
  articles(q: { query: string; timespan?: string; maxRecords?: number }): Promise<Headline[]>;
}

export interface FeedReader {
  feed(url: string): Promise<Headline[]>;
}

export interface NewsSources {
  gdelt?: ArticleSearch;
  rss?: FeedReader;
}
