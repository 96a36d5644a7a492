import { describe, expect, it } from 'vitest';
import { datasetToCsv, parseDatasetCsv } from '../../../lib/adapters/backtest/dataset-csv';
import { unwrapDataset } from '../../../lib/adapters/backtest/dataset-issues';
import { datasetToJson, parseDatasetJson } from '../../../lib/adapters/backtest/dataset-json';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { issueMessage, issuePlace } from '../../../lib/core/backtest/file/dataset-issue-text';
import { marketRecord } from '../../../lib/core/backtest/market-record';
import { makeMarket, pricesOf } from './support';

function twoVenues(): Dataset {
  const poly = makeMarket('m1');
  const kalshi = { ...makeMarket('kalshi:KXRAIN-26'), venue: 'kalshi' as const };
  const points: [number, number, number][] = [
    [0, 0.43, 0.57],
    [1, 0.44, 0.56],
  ];
  return { markets: [poly, kalshi], prices: { ...pricesOf(poly, points), ...pricesOf(kalshi, points) } };
}

describe('dataset venue', () => {
  it('keeps each market’s venue through JSON and CSV, and a market without one is Polymarket', () => {
    const dataset = twoVenues();
    expect(unwrapDataset(parseDatasetJson(datasetToJson(dataset)))).toEqual(dataset);
    const csv = datasetToCsv(dataset);
    expect(csv.markets.split('\n')[0]?.startsWith('venue,id,')).toBe(true);
    const back = unwrapDataset(parseDatasetCsv(csv));
    expect(back.markets.map((m) => m.venue)).toEqual(['polymarket', 'kalshi']);
    const [first, second] = back.markets;
    if (!first || !second) throw new Error('markets lost');
    expect(marketRecord({ ...first, venue: undefined, index: 0 }).venue).toBe('polymarket');
    expect(marketRecord({ ...second, index: 1 }).venue).toBe('kalshi');
  });

  it('names an unknown venue in a CSV file', () => {
    const csv = datasetToCsv(twoVenues());
    const result = parseDatasetCsv({ ...csv, markets: csv.markets.replace('\nkalshi,', '\nnasdaq,') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.text.code === 'unknown_venue');
    expect(issue).toEqual({
      at: 'markets.csv',
      line: 3,
      field: 'venue',
      text: { code: 'unknown_venue', params: { value: 'nasdaq' } },
    });
    if (!issue) return;
    expect(`${issuePlace(issue)}: ${issueMessage(issue)}`).toBe(
      'markets.csv line 3, venue: unknown venue "nasdaq" (polymarket or kalshi)',
    );
  });

  it('rejects an unknown venue in a JSON file', () => {
    const json = JSON.parse(datasetToJson(twoVenues())) as { markets: { venue?: string }[] };
    const [, second] = json.markets;
    if (second) second.venue = 'nasdaq';
    expect(parseDatasetJson(JSON.stringify(json)).ok).toBe(false);
  });
});
