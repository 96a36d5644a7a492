import { z } from 'zod';
import { describeIssues } from './wire-primitives';

export interface RowRejection {
  index: number;
  reason: string;
}

export interface ParsedRows<T> {
  rows: T[];
  /** Rows that could not be trusted, each with a reason (never silently dropped). */
  rejected: RowRejection[];
}

/** Parse a bare JSON array row by row: one bad row is rejected with a reason, not the whole page. */
export function parseRows<S extends z.ZodType>(schema: S, raw: unknown): ParsedRows<z.output<S>> | null {
  const list = z.array(z.unknown()).safeParse(raw);
  if (!list.success) return null;
  const rows: z.output<S>[] = [];
  const rejected: RowRejection[] = [];
  list.data.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) rows.push(parsed.data);
    else rejected.push({ index, reason: describeIssues(parsed.error) });
  });
  return { rows, rejected };
}
