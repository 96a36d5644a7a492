import type { CodedParams } from '../../model/coded-text';
import { type DatasetIssue, type DatasetIssueCode, datasetIssue } from './dataset-issues';

/** Reads typed fields out of one CSV row, recording "file line N, field: problem" issues. */
export interface RowReader {
  text(field: string): string;
  number(field: string, bounds?: { min?: number; max?: number; integer?: boolean }): number;
  optionalNumber(
    field: string,
    bounds?: { min?: number; max?: number; integer?: boolean },
  ): number | undefined;
}

export function rowReader(
  file: string,
  row: Record<string, string | undefined>,
  index: number,
  issues: DatasetIssue[],
): RowReader {
  const fail = (field: string, code: DatasetIssueCode, params: CodedParams = {}) => {
    issues.push(datasetIssue({ at: file, line: index + 2, field }, code, params));
    return Number.NaN;
  };
  const parse = (field: string, raw: string, bounds: { min?: number; max?: number; integer?: boolean }) => {
    const n = Number(raw);
    if (!Number.isFinite(n)) return fail(field, 'not_number', { value: raw });
    if (bounds.integer && !Number.isInteger(n)) return fail(field, 'not_integer', { value: raw });
    if (bounds.min !== undefined && n < bounds.min)
      return fail(field, 'below_min', { min: bounds.min, value: raw });
    if (bounds.max !== undefined && n > bounds.max)
      return fail(field, 'above_max', { max: bounds.max, value: raw });
    return n;
  };
  return {
    text(field) {
      const value = row[field]?.trim() ?? '';
      if (value === '') fail(field, 'empty');
      return value;
    },
    number(field, bounds = {}) {
      const raw = row[field]?.trim() ?? '';
      return raw === '' ? fail(field, 'empty') : parse(field, raw, bounds);
    },
    optionalNumber(field, bounds = {}) {
      const raw = row[field]?.trim() ?? '';
      return raw === '' ? undefined : parse(field, raw, bounds);
    },
  };
}
