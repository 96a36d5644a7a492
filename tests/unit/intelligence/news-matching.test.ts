import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlesToHeadlines } from '../../../lib/adapters/news/gdelt-article';
import { parseFeed } from '../../../lib/adapters/news/rss-feed';
import { matchHeadlines } from '../../../lib/core/news/headline-matching';
import { extractKeywords } from '../../../lib/core/news/keywords';
import { buildNewsQueries } from '../../../lib/core/news/news-queries';
import { recencyWeight } from '../../../lib/core/news/recency';
import { detectTrend, priceChanges } from '../../../lib/core/news/trend';
import { newsFactor } from '../../../lib/core/scoring/news-factor';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/news/${name}`, import.meta.url), 'utf8');
const corpus = [
  ...articlesToHeadlines((JSON.parse(fixture('gdelt-artlist.fed.json')) as { articles: unknown[] }).articles),
  ...parseFeed(fixture('rss-google-news.xml'), 'https://news.google.com/rss'),
  ...parseFeed(fixture('atom-feed.xml'), 'https://elections.example.org/feed'),
];
const NOW = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;

describe('keywords', () => {
  it('drops stop-words, numbers, dates and market phrasing; keeps proper-name phrases', () => {
    const k = extractKeywords(
      'Will Jerome Powell cut interest rates by June 30, 2026?',
      'Fed decision in June',
    );
    expect(k.terms).toEqual(['jerome', 'powell', 'cut', 'interest', 'rates', 'fed', 'decision']);
    expect(k.phrases).toEqual(['jerome powell']);
  });
});

describe('headline ↔ market matching on the stored corpus', () => {
  const titles = (question: string, event: string | null = null) =>
    matchHeadlines(corpus, extractKeywords(question, event)).map((m) => m.headline.title);

  it('matches the Fed market to Fed headlines only', () => {
    const hits = titles('Will the Fed cut interest rates in June?', 'Fed decision in June');
    expect(hits).toContain('Fed holds interest rates steady, Powell signals patience on cuts');
    expect(hits).toContain('Fed\'s Powell: "no hurry" on rate cuts & inflation - Reuters');
    expect(hits.some((t) => /Bitcoin|Celtics|BCE/.test(t))).toBe(false);
  });

  it('matches a phrase alone and needs two terms otherwise', () => {
    expect(titles('Jerome Powell out as Fed chair?')).toContain(
      'Jerome Powell says the Federal Reserve is in no hurry to cut',
    );
    const btc = titles('Will Bitcoin reach $150,000 in June?');
    expect(btc).toHaveLength(2);
    expect(titles('Celtics vs. Knicks: who wins Game 7?')).toHaveLength(2);
    expect(titles('Will it snow in Lisbon?')).toEqual([]);
  });

  it('weights matches by recency (half-life 12 h) into the news factor', () => {
    expect(recencyWeight(NOW - 12 * HOUR, NOW)).toBeCloseTo(0.5, 10);
    expect(recencyWeight(NOW + HOUR, NOW)).toBe(0);
    const times = matchHeadlines(corpus, extractKeywords('Will Bitcoin reach $150,000 in June?')).map(
      (m) => m.headline.publishedAt,
    );
    const factor = newsFactor(times, NOW);
    // 2026-05-31 20:05 (3.9 h → 0.80); 2026-05-29 08:15 is 63.75 h old, outside the 48 h window.
    expect(factor.raw).toBeGreaterThan(0.7);
    expect(factor.raw).toBeLessThan(1.2);
  });

  it('builds few parenthesised OR queries for GDELT', () => {
    const q = buildNewsQueries(
      [extractKeywords('Jerome Powell out as Fed chair?'), extractKeywords('Will Bitcoin reach $150,000?')],
      2,
    );
    expect(q).toEqual(['("jerome powell" OR bitcoin)']);
  });
});

describe('trend detection', () => {
  it('reports the shortest horizon with a real move, and volume surges', () => {
    const points = [
      { t: NOW - 7 * 24 * HOUR, p: 0.4 },
      { t: NOW - 24 * HOUR, p: 0.45 },
      { t: NOW - HOUR, p: 0.5 },
      { t: NOW, p: 0.51 },
    ];
    const changes = priceChanges(points, NOW);
    expect(changes.oneHour).toBeCloseTo(0.01);
    expect(detectTrend(changes, 30_000, 70_000)).toMatchObject({
      direction: 'rising',
      horizon: '24h',
      surging: true,
    });
    expect(detectTrend({ oneHour: null, oneDay: 0.01, oneWeek: -0.02 }).direction).toBe('flat');
  });
});
