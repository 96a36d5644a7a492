import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GdeltClient } from '../../../lib/adapters/news/gdelt-client';
import { parseFeed } from '../../../lib/adapters/news/rss-feed';
import { isAppError } from '../../../lib/errors/app-error';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/news/${name}`, import.meta.url), 'utf8');

function gdeltWith(body: string, status = 200) {
  const urls: string[] = [];
  const sleeps: number[] = [];
  let now = 1_000_000;
  const client = new GdeltClient({
    fetch: async (url) => {
      urls.push(url);
      return new Response(body, { status });
    },
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  return { client, urls, sleeps };
}

describe('GDELT client', () => {
  it('reads an ArtList, skipping malformed articles, with seendate as UTC ms', async () => {
    const { client, urls } = gdeltWith(fixture('gdelt-artlist.fed.json'));
    const headlines = await client.articles({ query: '("jerome powell" OR bitcoin)' });
    expect(headlines).toHaveLength(5);
    expect(headlines[0]).toMatchObject({ source: 'reuters.com', publishedAt: Date.UTC(2026, 4, 31, 18) });
    const url = new URL(urls[0] ?? '');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      mode: 'ArtList',
      format: 'json',
      query: '("jerome powell" OR bitcoin)',
      sort: 'DateDesc',
    });
  });

  it('spaces requests at least 6 s apart (one request / 5 s etiquette)', async () => {
    const { client, sleeps, urls } = gdeltWith(fixture('gdelt-no-hits.json'));
    const results = await Promise.all([client.articles({ query: 'a1' }), client.articles({ query: 'b2' })]);
    expect(results).toEqual([[], []]);
    expect(urls).toHaveLength(2);
    expect(sleeps).toEqual([6_000]);
  });

  it('turns the documented error bodies into typed errors', async () => {
    const cases: [string, number, string][] = [
      [fixture('gdelt-rate-limit.txt'), 429, 'rate_limited'],
      [fixture('gdelt-rate-limit.txt'), 200, 'rate_limited'],
      [fixture('gdelt-phrase-too-short.txt'), 200, 'news_query_rejected'],
      ["Queries containing OR'd terms must be surrounded by ().", 200, 'news_query_rejected'],
      ['<html>oops</html>', 500, 'news_unavailable'],
    ];
    for (const [body, status, code] of cases) {
      const error = await gdeltWith(body, status)
        .client.articles({ query: 'x' })
        .catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe(code);
    }
  });

  it('recovers JSON with raw control characters', async () => {
    const { client } = gdeltWith(fixture('gdelt-control-chars.json'));
    expect((await client.articles({ query: 'bitcoin' }))[0]?.title).toBe('Bitcoin  halving  hype');
  });
});

describe('RSS / Atom parsing', () => {
  it('reads Google News RSS: titles (CDATA, entities), links, RFC-822 dates, source names', () => {
    const items = parseFeed(fixture('rss-google-news.xml'), 'https://news.google.com/rss/search?q=bitcoin');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ source: 'CoinDesk', publishedAt: Date.UTC(2026, 4, 31, 20, 5) });
    expect(items[1]?.title).toBe('Fed\'s Powell: "no hurry" on rate cuts & inflation - Reuters');
  });

  it('reads Atom: alternate link, updated or published', () => {
    const items = parseFeed(fixture('atom-feed.xml'), 'https://elections.example.org/feed');
    expect(items.map((i) => i.url)).toEqual([
      'https://elections.example.org/2026/05/31/france-poll',
      'https://elections.example.org/2026/05/30/sports',
    ]);
    expect(items[1]).toMatchObject({ title: 'Celtics & Knicks: Game 7 preview', source: 'Election Desk' });
  });
});
