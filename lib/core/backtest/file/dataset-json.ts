import type { Dataset } from '../dataset';
import { checkDatasetFile, toDatasetFile } from './dataset-checks';
import { datasetFileSchema } from './dataset-file';
import { type DatasetParseResult, datasetIssue } from './dataset-issues';

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** Parse and validate a dataset JSON file; issues name the JSON path (markets[2].tickSize, prices.X[5][1]). */
export function parseDatasetJson(text: string): DatasetParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [datasetIssue({ at: '(file)' }, 'not_json', { detail: (e as Error).message })],
    };
  }
  const parsed = datasetFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        datasetIssue({ at: pathOf(i.path) || '(file)' }, 'schema', { detail: i.message }),
      ),
    };
  }
  return checkDatasetFile(parsed.data);
}

/** The dataset as a shareable JSON file (decimals, compact pairs). */
export function datasetToJson(dataset: Dataset): string {
  return JSON.stringify(toDatasetFile(dataset));
}
