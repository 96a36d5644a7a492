import { describe, expect, it } from 'vitest';
import { datasetToCsv, parseDatasetCsv } from '../../../lib/adapters/backtest/dataset-csv';
import { type DatasetIssue, unwrapDataset } from '../../../lib/adapters/backtest/dataset-issues';
import { datasetToJson, parseDatasetJson } from '../../../lib/adapters/backtest/dataset-json';
import { pricesHistoryToSeries } from '../../../lib/adapters/backtest/prices-history-import';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { issueMessage, issuePlace } from '../../../lib/core/backtest/file/dataset-issue-text';
import { syntheticDataset } from '../../../lib/core/backtest/synthetic-dataset';
import { DAY, makeMarket, pricesOf, T0 } from './support';

/** An issue as the CLI and errors say it in English. */
const english = (i: DatasetIssue) => ({ where: issuePlace(i), message: issueMessage(i) });

function richDataset(): Dataset {
  const base = syntheticDataset({ markets: 3, spanMs: 15 * DAY, seed: 5 });
  const extra = makeMarket('x1', { liquidity: 25_000, volume24h: 9_000, feeRate: 0.04 });
  return {
    markets: [...base.markets, extra],
    prices: {
      ...base.prices,
      ...pricesOf(extra, [
        [0, 0.43, 0.57],
        [1, 0.44, 0.56],
      ]),
    },
    books: {
      'x1-yes': [
        {
          t: T0,
          bids: [
            { price: 420_000, size: 12_500_000 },
            { price: 410_000, size: 3_000_000 },
          ],
          asks: [{ price: 440_000, size: 8_370_000 }],
        },
      ],
    },
    scores: { x1: [{ t: T0, score: 8 }] },
  };
}

describe('dataset import and export', () => {
  it('round-trips through JSON', () => {
    const dataset = richDataset();
    expect(unwrapDataset(parseDatasetJson(datasetToJson(dataset)))).toEqual(dataset);
  });

  it('round-trips through CSV tables', () => {
    const dataset = richDataset();
    const csv = datasetToCsv(dataset);
    expect(csv.markets.split('\n')[0]).toBe(
      'id,question,yes_token_id,no_token_id,fee_rate,tick_size,end_time,resolved_outcome,resolved_at,liquidity,volume24h',
    );
    expect(unwrapDataset(parseDatasetCsv(csv))).toEqual(dataset);
  });

  it('names the row and field of bad CSV input', () => {
    const csv = datasetToCsv(richDataset());
    const lines = csv.prices.split('\n');
    lines[3] = 'm0000-yes,abc,1.4';
    const result = parseDatasetCsv({ ...csv, prices: lines.join('\n') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(english)).toEqual([
      { where: 'prices.csv line 4, t', message: 'expected a number, got "abc"' },
      { where: 'prices.csv line 4, p', message: 'must be ≤ 1, got 1.4' },
    ]);
    expect(() => unwrapDataset(result)).toThrow(/prices\.csv line 4, t: expected a number/);
  });

  it('reports a repeated timestamp with both lines', () => {
    const markets = datasetToCsv({ markets: [makeMarket('a')], prices: {} }).markets;
    const prices = 'token_id,t,p\na-yes,100,0.5\na-yes,100,0.6\n';
    const result = parseDatasetCsv({ markets, prices });
    expect(result.ok ? [] : result.issues.map(english)).toEqual([
      { where: 'prices.csv line 3', message: 'a-yes already has t 100 (line 2)' },
    ]);
  });

  it('names the JSON path of bad JSON input', () => {
    const file = JSON.parse(datasetToJson(richDataset()));
    file.markets[1].tickSize = 0.03;
    file.prices['m0000-no'][2][1] = -0.1;
    file.prices.ghost = [[1, 0.5]];
    const result = parseDatasetJson(JSON.stringify(file));
    expect(result.ok ? [] : result.issues.map(english)).toEqual([
      { where: 'prices.m0000-no[2][1]', message: 'must be a price ≥ 0' },
    ]);
    file.prices['m0000-no'][2][1] = 0.1;
    file.prices['m0000-no'][3][0] = 0;
    const second = parseDatasetJson(JSON.stringify(file));
    expect(second.ok ? [] : second.issues.map(issuePlace)).toEqual([
      'markets[1].tickSize',
      'prices.m0000-no[3]',
      'prices.ghost',
    ]);
    expect(parseDatasetJson('{').ok).toBe(false);
  });

  it('imports a recorded /prices-history body (t in unix seconds)', () => {
    const series = pricesHistoryToSeries({
      history: [
        { t: 1774168800, p: 0.43 },
        { t: 1774165200, p: 0.42 },
      ],
    });
    expect(series).toEqual([
      { t: 1774165200_000, p: 420_000 },
      { t: 1774168800_000, p: 430_000 },
    ]);
  });
});
