import type { DatasetIssue } from './dataset-issues';

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
  const where = (field: string) => `${file} line ${index + 2}, ${field}`;
  const fail = (field: string, message: string) => {
    issues.push({ where: where(field), message });
    return Number.NaN;
  };
  const parse = (field: string, raw: string, bounds: { min?: number; max?: number; integer?: boolean }) => {
    const n = Number(raw);
    if (!Number.isFinite(n)) return fail(field, `expected a number, got "${raw}"`);
    if (bounds.integer && !Number.isInteger(n)) return fail(field, `expected a whole number, got "${raw}"`);
    if (bounds.min !== undefined && n < bounds.min) return fail(field, `must be ≥ ${bounds.min}, got ${raw}`);
    if (bounds.max !== undefined && n > bounds.max) return fail(field, `must be ≤ ${bounds.max}, got ${raw}`);
    return n;
  };
  return {
    text(field) {
      const value = row[field]?.trim() ?? '';
      if (value === '') fail(field, 'is empty');
      return value;
    },
    number(field, bounds = {}) {
      const raw = row[field]?.trim() ?? '';
      return raw === '' ? fail(field, 'is empty') : parse(field, raw, bounds);
    },
    optionalNumber(field, bounds = {}) {
      const raw = row[field]?.trim() ?? '';
      return raw === '' ? undefined : parse(field, raw, bounds);
    },
  };
}
