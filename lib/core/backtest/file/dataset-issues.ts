import { type AppError, validationError } from '../../../errors/app-error';
import type { CodedParams } from '../../model/coded-text';
import type { Dataset } from '../dataset';
import { describeIssues } from './dataset-issue-text';

/** What is wrong in an imported dataset, as a code the views word in their language. */
export type DatasetIssueCode =
  | 'not_json'
  | 'schema'
  | 'csv_syntax'
  | 'empty'
  | 'not_number'
  | 'not_integer'
  | 'below_min'
  | 'above_max'
  | 'resolution_pair'
  | 'duplicate_time'
  | 'bad_side'
  | 'no_market_rows'
  | 'duplicate_market'
  | 'duplicate_token'
  | 'bad_tick'
  | 'not_after'
  | 'bids_order'
  | 'asks_order'
  | 'token_no_market'
  | 'market_not_listed'
  | 'missing_columns'
  | 'bad_time'
  | 'bad_price'
  | 'bad_size'
  | 'bad_outcome'
  | 'unknown_venue'
  | 'unknown_market'
  | 'unknown_token'
  | 'needs_markets'
  | 'unknown_format'
  | 'http_status';

/**
 * One problem in an imported dataset: where (a file or a JSON path, with its line and column when
 * known) and what, coded: lib/core/backtest/file/dataset-issue-text.ts words it in English (CLI,
 * errors), the dashboard in the UI's language (locales, namespace datasetIssues).
 */
export interface DatasetIssue {
  /** The file (markets.csv, trades-bad.csv) or the JSON path (markets[0].tickSize, "(file)"). */
  at: string;
  /** The file's line (the header is line 1). */
  line?: number;
  /** The CSV column. */
  field?: string;
  text: { code: DatasetIssueCode; params: CodedParams };
}

export type DatasetParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/** An issue at a place, with its code and params. */
export function datasetIssue(
  place: { at: string; line?: number; field?: string },
  code: DatasetIssueCode,
  params: CodedParams = {},
): DatasetIssue {
  const issue: DatasetIssue = { at: place.at, text: { code, params } };
  if (place.line !== undefined) issue.line = place.line;
  if (place.field !== undefined) issue.field = place.field;
  return issue;
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
