import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../../lib/adapters/backtest/dataset-json';
import { kalshiCandlesticksResponseSchema } from '../../../lib/adapters/kalshi/schemas/candlesticks';
import { kalshiMarketResponseSchema } from '../../../lib/adapters/kalshi/schemas/market';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { kalshiBacktestDataset } from '../../../lib/core/venues/kalshi/kalshi-backtest-dataset';
import { kalshiFixture } from '../kalshi/fixtures';
import { run } from './support';

const starship = kalshiMarketResponseSchema.parse(kalshiFixture('market.starship.docs.json')).market;
const candles = kalshiCandlesticksResponseSchema.parse(
  kalshiFixture('CONSTRUCTED.candlesticks.json'),
).candlesticks;

function kalshiSample(): Dataset {
  const text = readFileSync(resolve(__dirname, '../../fixtures/backtest/kalshi-sample.json'), 'utf8');
  const parsed = parseDatasetJson(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.dataset;
}

describe('a Kalshi dataset for the backtester', () => {
  it('turns candlesticks and the settlement into markets, both price series and the resolution', () => {
    const settledAt = Date.parse('2026-05-26T14:00:00Z');
    const dataset = kalshiBacktestDataset([
      { ...starship, candles, settlement: { result: 'yes', settledAt } },
      { ...starship, ticker: 'KX-OPEN', candles, settlement: null },
    ]);
    expect(dataset.venue).toBe('kalshi');
    expect(dataset.markets[0]).toEqual({
      venue: 'kalshi',
      id: 'KXSPACEXSTARSHIP-12-26MAY19',
      question: 'Will SpaceX launch another Starship by May 19, 2026?',
      yesTokenId: 'KXSPACEXSTARSHIP-12-26MAY19:yes',
      noTokenId: 'KXSPACEXSTARSHIP-12-26MAY19:no',
      feeRate: 0.07,
      feeExponent: 1,
      tickSize: 10_000,
      endTime: Date.parse('2026-05-20T03:59:00Z'),
      resolution: { outcome: 0, resolvedAt: settledAt },
    });
    expect(dataset.markets[1]?.resolution).toBeNull();
    expect(dataset.prices['KXSPACEXSTARSHIP-12-26MAY19:yes']).toEqual([
      { t: 1_747_108_800_000, p: 600_000 },
      { t: 1_747_112_400_000, p: 600_000 },
    ]);
    expect(dataset.prices['KXSPACEXSTARSHIP-12-26MAY19:no']?.map((x) => x.p)).toEqual([400_000, 400_000]);
  });

  it('the recorded Kalshi sample backtests with the Kalshi fee schedule, and its fees cost money', () => {
    const dataset = kalshiSample();
    expect(dataset.markets.every((m) => m.feeRate === 0.07 && m.yesTokenId.endsWith(':yes'))).toBe(true);
    const withFees = run(dataset);
    const free = run({ ...dataset, markets: dataset.markets.map((m) => ({ ...m, feeRate: 0 })) });
    expect(withFees.trades.length).toBeGreaterThan(0);
    expect(withFees.trades.every((t) => t.fees > 0)).toBe(true);
    expect(free.trades.every((t) => t.fees === 0)).toBe(true);
    expect(withFees.finalEquity).toBeLessThan(free.finalEquity);
  });
});
