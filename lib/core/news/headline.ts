/** A news item from any source (GDELT, RSS, Atom), normalised at the adapter edge. */
export interface Headline {
  title: string;
  url: string;
  /** Outlet or feed name. */
  source: string;
  /** Epoch ms (GDELT: crawl time; RSS: pubDate; Atom: updated/published). */
  publishedAt: number;
}
