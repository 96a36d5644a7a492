import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetToCsv } from '../lib/adapters/backtest/dataset-csv';
import { datasetToJson } from '../lib/adapters/backtest/dataset-json';
import { syntheticDataset } from '../lib/core/backtest/synthetic-dataset';

/**
 * Writes a seeded synthetic dataset for demos:
 *   npx tsx scripts/backtest-sample.ts --out tests/fixtures/backtest/sample.json [--markets 8 --days 45 --seed 1]
 *   npx tsx scripts/backtest-sample.ts --csv /tmp/sample-csv
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    csv: { type: 'string' },
    markets: { type: 'string', default: '8' },
    days: { type: 'string', default: '45' },
    seed: { type: 'string', default: '1' },
  },
});
const dataset = syntheticDataset({
  markets: Number(values.markets),
  spanMs: Number(values.days) * 86_400_000,
  seed: Number(values.seed),
});
if (values.out) writeFileSync(values.out, datasetToJson(dataset));
if (values.csv) {
  mkdirSync(values.csv, { recursive: true });
  for (const [name, text] of Object.entries(datasetToCsv(dataset))) {
    if (text !== undefined) writeFileSync(join(values.csv, `${name}.csv`), text);
  }
}
if (!values.out && !values.csv) console.error('give --out FILE.json and/or --csv DIR');
