import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueMessage, issuePlace } from '../../../../lib/core/backtest/file/dataset-issue-text';
import { datasetToJson } from '../../../../lib/core/backtest/file/dataset-json';
import { importSources } from '../../../../lib/core/backtest/import/import-sources';
import { parseMarketRefs } from '../../../../lib/core/backtest/import/market-refs';
import { parseTapeCsv, tapeTime } from '../../../../lib/core/backtest/import/tape-csv';

const DIR = join(__dirname, '../../../fixtures/backtest/import');
const file = (name: string) => ({ name, text: readFileSync(join(DIR, name), 'utf8') });

describe('trade tapes and price series (tests/fixtures/backtest/import)', () => {
  it('reads times in ms, seconds and ISO 8601 with a zone, and refuses a time without a zone', () => {
    expect(tapeTime('1767610800')).toBe(1_767_610_800_000);
    expect(tapeTime('1767610800000')).toBe(1_767_610_800_000);
    expect(tapeTime('2026-01-05T11:00:00Z')).toBe(1_767_610_800_000);
    expect(tapeTime('2026-01-05T12:00:00+01:00')).toBe(1_767_610_800_000);
    expect(tapeTime('2026-01-05 11:00')).toBeNull();
    expect(tapeTime('yesterday')).toBeNull();
  });

  it('names every bad row by its line and keeps the good ones', () => {
    const tape = parseTapeCsv(readFileSync(join(DIR, 'trades-bad.csv'), 'utf8'), 'trades-bad.csv');
    expect(tape.kind).toBe('trades');
    expect(tape.rows.map((r) => r.line)).toEqual([2, 7]);
    expect(tape.issues.map(issuePlace)).toEqual([
      'trades-bad.csv line 3, time',
      'trades-bad.csv line 4, outcome',
      'trades-bad.csv line 5, price',
      'trades-bad.csv line 6, size',
    ]);
    expect(tape.issues.map(issueMessage)[2]).toContain('1.4');
  });

  it('says which columns are missing instead of guessing', () => {
    const tape = parseTapeCsv('when,market,price\n1,m1,0.5\n', 'odd.csv');
    expect(tape.rows).toEqual([]);
    expect(tape.issues).toHaveLength(1);
    expect(tape.issues.map(issueMessage)[0]).toMatch(/missing column: time, market \+ outcome \/ token_id/);
  });
});

describe('importSources: what each file contributed, what is missing', () => {
  it('merges markets, a trade tape and a price series, and counts each file', () => {
    const result = importSources([file('markets.csv'), file('trades.csv'), file('series.csv')]);
    const [markets, trades, series] = result.sources;
    expect(markets).toMatchObject({ kind: 'markets', markets: 2, resolutions: 1, points: 0, issues: [] });
    // 6 trades, but two pairs share an instant per token: 3 YES and 3 NO points.
    expect(trades).toMatchObject({ kind: 'trades', trades: 6, points: 6, books: 0, issues: [] });
    expect(series).toMatchObject({ kind: 'series', trades: 0, points: 6, issues: [] });
    expect(result.dataset?.prices['m1-yes']?.map((p) => p.p)).toEqual([420_000, 450_000, 470_000]);
    expect(result.dataset?.books).toBeUndefined(); // nothing is invented from trade sizes
    expect(result.missing).toEqual([
      { note: 'no_books' },
      { note: 'no_scores' },
      { note: 'no_liquidity' },
      { note: 'no_resolution', market: 'Will the index close above 5000?' },
    ]);
  });

  it('skips bad rows and rows of unknown markets, naming the lines, and still uses the rest', () => {
    const result = importSources([file('markets.csv'), file('trades-bad.csv')]);
    const tape = result.sources[1];
    expect(tape?.points).toBe(1);
    expect(tape?.issues.map(issuePlace)).toContain('trades-bad.csv line 7');
    expect(tape?.issues.map(issueMessage).at(-1)).toMatch(
      /market "m9" is not in any imported market \(1 row skipped\)/,
    );
    expect(result.missing).toContainEqual({
      note: 'no_prices',
      market: 'Will the index close above 5000?',
      side: 'yes',
    });
  });

  it('checks a books table against markets from another file, and refuses it without markets', () => {
    const books = {
      name: 'my-books.csv',
      text: 'token_id,t,side,price,size\nm1-yes,1767600000000,bid,0.41,50\nm1-yes,1767600000000,ask,0.43,70\n',
    };
    const alone = importSources([books]);
    expect(alone.dataset).toBeNull();
    expect(alone.sources[0]?.issues.map(issueMessage)[0]).toMatch(/needs its markets/);
    const result = importSources([books, file('markets.csv'), file('trades.csv')]);
    expect(result.sources[0]).toMatchObject({ kind: 'books', books: 1, issues: [] });
    expect(result.missing[0]).toEqual({ note: 'some_books', without: 1 });
    const bad = importSources([
      file('markets.csv'),
      { name: 'b.csv', text: 'token_id,t,side,price,size\nm1-yes,5,middle,0.4,1\n' },
    ]);
    expect(bad.sources[1]?.issues.map(issuePlace)[0]).toBe('b.csv line 2, side');
  });

  it('mixes a JSON dataset with CSV files and a fetched dataset; an unknown file says what it saw', () => {
    const first = importSources([file('markets.csv'), file('series.csv')]);
    if (!first.dataset) throw new Error('expected a dataset');
    const json = { name: 'shared.json', text: datasetToJson(first.dataset) };
    const result = importSources([
      json,
      file('trades.csv'),
      { name: 'Polymarket: m3', dataset: { markets: [], prices: {} } },
      { name: 'notes.csv', text: 'a,b\n1,2\n' },
    ]);
    expect(result.sources.map((s) => s.kind)).toEqual(['dataset', 'trades', 'polymarket', 'unknown']);
    expect(result.sources[0]).toMatchObject({ markets: 2, points: 6 });
    expect(result.sources[1]?.points).toBe(6);
    expect(result.sources[3]?.issues.map(issueMessage)[0]).toMatch(/not a known format \(columns: a, b\)/);
  });
});

describe('market references', () => {
  it('reads ids, slugs and polymarket.com links, and lists what it cannot read', () => {
    const { refs, invalid } = parseMarketRefs(
      '512345, https://polymarket.com/event/rain-in-paris/will-it-rain-on-5-january\nfed-cuts-in-march https://example.com/x 512345',
    );
    expect(refs).toEqual([
      { input: '512345', kind: 'id', id: '512345' },
      {
        input: 'https://polymarket.com/event/rain-in-paris/will-it-rain-on-5-january',
        kind: 'slug',
        slugs: ['will-it-rain-on-5-january', 'rain-in-paris'],
      },
      { input: 'fed-cuts-in-march', kind: 'slug', slugs: ['fed-cuts-in-march'] },
    ]);
    expect(invalid).toEqual(['https://example.com/x']);
  });
});
