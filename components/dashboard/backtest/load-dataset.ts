import type { Dataset } from '../../../lib/core/backtest/dataset';
import { type DatasetParseResult, datasetIssue } from '../../../lib/core/backtest/file/dataset-issues';
import { parseDatasetJson } from '../../../lib/core/backtest/file/dataset-json';
import type { ImportSource } from '../../../lib/core/backtest/import/import-sources';

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

/** Files chosen in the file input (several at once): their names and text, for importSources. */
export async function readImportFiles(files: readonly File[]): Promise<ImportSource[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** The demo dataset shipped with the extension (8 synthetic markets, 45 days hourly). */
export async function loadDemoDataset(): Promise<DatasetParseResult> {
  const response = await fetch('/backtest-sample.json');
  if (!response.ok)
    return {
      ok: false,
      issues: [datasetIssue({ at: '(demo)' }, 'http_status', { status: String(response.status) })],
    };
  return parseDatasetJson(await response.text());
}
