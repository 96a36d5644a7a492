import type { Dataset } from '../../../lib/core/backtest/dataset';
import { type DatasetCsv, parseDatasetCsv } from '../../../lib/core/backtest/file/dataset-csv';
import type { DatasetParseResult } from '../../../lib/core/backtest/file/dataset-issues';
import { parseDatasetJson } from '../../../lib/core/backtest/file/dataset-json';

export interface LoadedDataset {
  name: string;
  dataset: Dataset;
}

export interface DatasetStats {
  markets: number;
  resolved: number;
  points: number;
  books: number;
  scores: boolean;
  start: number | null;
  end: number | null;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  let points = 0;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const series of Object.values(dataset.prices)) {
    points += series.length;
    if (series.length === 0) continue;
    start = Math.min(start, series[0]?.t ?? start);
    end = Math.max(end, series.at(-1)?.t ?? end);
  }
  return {
    markets: dataset.markets.length,
    resolved: dataset.markets.filter((m) => m.resolution !== null).length,
    points,
    books: Object.values(dataset.books ?? {}).reduce((n, s) => n + s.length, 0),
    scores: Object.keys(dataset.scores ?? {}).length > 0,
    start: Number.isFinite(start) ? start : null,
    end: Number.isFinite(end) ? end : null,
  };
}

const CSV_NAMES = ['markets', 'prices', 'books', 'scores'] as const;

/** Files chosen in the file input: one JSON dataset, or the CSV tables (markets.csv, prices.csv…). */
export async function parseDatasetFiles(files: readonly File[]): Promise<DatasetParseResult> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (json) return parseDatasetJson(await json.text());
  const tables: Partial<Record<(typeof CSV_NAMES)[number], string>> = {};
  for (const file of files) {
    const base = file.name.toLowerCase().replace(/\.csv$/, '');
    const name = CSV_NAMES.find((n) => base === n || base.endsWith(`-${n}`));
    if (name) tables[name] = await file.text();
  }
  if (tables.markets === undefined || tables.prices === undefined) {
    return {
      ok: false,
      issues: [
        {
          where: '(files)',
          message: 'choose a .json dataset, or markets.csv and prices.csv (books.csv, scores.csv optional)',
        },
      ],
    };
  }
  const csv: DatasetCsv = { markets: tables.markets, prices: tables.prices };
  if (tables.books !== undefined) csv.books = tables.books;
  if (tables.scores !== undefined) csv.scores = tables.scores;
  return parseDatasetCsv(csv);
}

/** The demo dataset shipped with the extension (8 synthetic markets, 45 days hourly). */
export async function loadDemoDataset(): Promise<DatasetParseResult> {
  const response = await fetch('/backtest-sample.json');
  if (!response.ok) return { ok: false, issues: [{ where: '(demo)', message: `HTTP ${response.status}` }] };
  return parseDatasetJson(await response.text());
}
