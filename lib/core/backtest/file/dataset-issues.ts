import { type AppError, validationError } from '../../../errors/app-error';
import type { Dataset } from '../dataset';

/** One problem in an imported dataset: where (a JSON path or "prices.csv line 14, p") and what. */
export interface DatasetIssue {
  where: string;
  message: string;
}

export type DatasetParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

const SHOWN = 5;

/** "prices.csv line 14, p: expected …; markets[0].tickSize: …" (the first few) as one sentence. */
export function describeIssues(issues: readonly DatasetIssue[]): string {
  const head = issues.slice(0, SHOWN).map((i) => `${i.where}: ${i.message}`);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
  return `${head.join('; ')}${more}`;
}

/** The validation error to throw when a dataset is rejected (style.md §7: say what and where). */
export function datasetError(issues: readonly DatasetIssue[]): AppError {
  return validationError(`The backtest dataset is not valid: ${describeIssues(issues)}`, {
    code: 'invalid_dataset',
    details: { issues: issues.length },
  });
}

/** The dataset, or throw the validation error. */
export function unwrapDataset(result: DatasetParseResult): Dataset {
  if (!result.ok) throw datasetError(result.issues);
  return result.dataset;
}
