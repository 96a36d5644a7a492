import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetToJson } from '../lib/adapters/backtest/dataset-json';
import { KalshiReadClient } from '../lib/adapters/kalshi/kalshi-read-client';
import { kalshiSeriesOf } from '../lib/core/venues/kalshi/candle-prices';
import { kalshiBacktestDataset } from '../lib/core/venues/kalshi/kalshi-backtest-dataset';
import { startFakeKalshi } from '../tests/fake-kalshi/start-fake-kalshi';

/**
 * A Kalshi backtest dataset from the fake Kalshi's seeded history, read through the product's own
 * client (REST candlesticks, fixed-point strings) and converted by kalshiBacktestDataset:
 *   npx tsx scripts/kalshi-backtest-sample.ts --out tests/fixtures/backtest/kalshi-sample.json [--markets 6 --seed 9]
 * Settlements are CONSTRUCTED: each market settles one hour after its last candle, YES when that
 * candle closed above $0.50.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    markets: { type: 'string', default: '6' },
    seed: { type: 'string', default: '9' },
  },
});
const fake = await startFakeKalshi({ markets: Number(values.markets), seed: Number(values.seed) });
try {
  const read = new KalshiReadClient({ baseUrl: fake.restUrl });
  const endTs = Math.floor(fake.state.nowMs / 1000);
  const inputs = [];
  for (const market of await read.allMarkets()) {
    const candles = await read.candlesticks(kalshiSeriesOf(market.ticker), market.ticker, {
      startTs: endTs - 72 * 3600,
      endTs,
      interval: 60,
    });
    const last = candles.at(-1);
    const settledAt = ((last?.endPeriodTs ?? endTs) + 3600) * 1000;
    inputs.push({
      ticker: market.ticker,
      title: market.title,
      closeTime: settledAt,
      priceRanges: market.priceRanges,
      candles,
      settlement: { result: (last?.close ?? 0) > 500_000 ? ('yes' as const) : ('no' as const), settledAt },
    });
  }
  const json = datasetToJson(kalshiBacktestDataset(inputs));
  if (values.out) writeFileSync(values.out, json);
  else console.error('give --out FILE.json');
} finally {
  await fake.close();
}
