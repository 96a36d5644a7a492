import Papa from 'papaparse';
import type { CodedParams } from '../../model/coded-text';
import { type DatasetIssue, type DatasetIssueCode, datasetIssue } from '../file/dataset-issues';

/**
 * A trade tape or a price series as CSV, one row per observation (any row order, header row first):
 *   time,market,outcome,price,size     (a trade tape; `size` in shares)
 *   time,market,outcome,price          (a price series)
 * `token_id` (or `asset_id`) may replace `market` + `outcome`. `time`: epoch ms, epoch seconds (up to
 * 10 digits) or ISO 8601 with a zone (2026-01-05T14:00:00Z). `outcome`: YES/NO (or Up/Down, 0/1).
 * `price` 0–1. Other columns are ignored. Bad rows are skipped and named with their line number.
 */
export interface TapeRow {
  line: number;
  t: number;
  /** Decimal price 0–1. */
  price: number;
  /** Shares traded (a trade tape), null in a price series. */
  size: number | null;
  /** The token traded, when the file names it. */
  tokenId: string | null;
  /** The market and its outcome (0 = YES, 1 = NO), when the file names them instead. */
  marketId: string | null;
  outcome: 0 | 1 | null;
}

export interface ParsedTape {
  kind: 'trades' | 'series';
  rows: TapeRow[];
  issues: DatasetIssue[];
}

const COLUMNS = {
  time: ['time', 't', 'timestamp', 'date'],
  market: ['market', 'market_id', 'marketid'],
  outcome: ['outcome', 'side_outcome'],
  token: ['token_id', 'asset_id', 'token', 'asset'],
  price: ['price', 'p'],
  size: ['size', 'shares', 'amount'],
} as const;

const YES = new Set(['yes', 'up', '0']);
const NO = new Set(['no', 'down', '1']);
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Whether a CSV header looks like a tape (a time, a price, and a market or token column). */
export function isTapeHeader(fields: readonly string[]): boolean {
  const has = (names: readonly string[]) => fields.some((f) => names.includes(f.trim().toLowerCase()));
  return has(COLUMNS.time) && has(COLUMNS.price) && (has(COLUMNS.token) || has(COLUMNS.market));
}

/** Epoch ms from a CSV cell, or null. */
export function tapeTime(raw: string): number | null {
  if (/^\d{1,10}$/.test(raw)) return Number(raw) * 1000;
  if (/^\d{11,16}$/.test(raw)) return Number(raw);
  if (!ISO.test(raw)) return null;
  const t = Date.parse(raw.replace(' ', 'T'));
  return Number.isFinite(t) ? t : null;
}

export function parseTapeCsv(text: string, file: string): ParsedTape {
  const issues: DatasetIssue[] = [];
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const pick = (names: readonly string[]) => names.find((n) => fields.includes(n)) ?? null;
  const col = {
    time: pick(COLUMNS.time),
    market: pick(COLUMNS.market),
    outcome: pick(COLUMNS.outcome),
    token: pick(COLUMNS.token),
    price: pick(COLUMNS.price),
    size: pick(COLUMNS.size),
  };
  const missing = [
    col.time === null ? 'time' : null,
    col.price === null ? 'price' : null,
    col.token === null && (col.market === null || col.outcome === null)
      ? 'market + outcome / token_id'
      : null,
  ].filter((m): m is string => m !== null);
  const kind = col.size === null ? 'series' : 'trades';
  if (missing.length > 0) {
    issues.push(
      datasetIssue({ at: file }, 'missing_columns', {
        missing: missing.join(', '),
        found: fields.join(', '),
      }),
    );
    return { kind, rows: [], issues };
  }
  for (const e of parsed.errors)
    issues.push(datasetIssue({ at: file, line: (e.row ?? 0) + 2 }, 'csv_syntax', { detail: e.message }));
  const rows: TapeRow[] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const cell = (name: string | null) => (name === null ? '' : (row[name]?.trim() ?? ''));
    const bad = (field: string, code: DatasetIssueCode, params: CodedParams = {}) =>
      issues.push(datasetIssue({ at: file, line, field }, code, params));
    const t = tapeTime(cell(col.time));
    const price = Number(cell(col.price));
    const sizeText = cell(col.size);
    const size = col.size === null ? null : Number(sizeText);
    const tokenId = cell(col.token) || null;
    const marketId = cell(col.market) || null;
    const outcomeText = cell(col.outcome).toLowerCase();
    const outcome = YES.has(outcomeText) ? 0 : NO.has(outcomeText) ? 1 : null;
    const before = issues.length;
    if (t === null) bad('time', 'bad_time', { value: cell(col.time) });
    if (cell(col.price) === '' || !Number.isFinite(price) || price < 0 || price > 1)
      bad('price', 'bad_price', { value: cell(col.price) });
    if (size !== null && (sizeText === '' || !Number.isFinite(size) || size <= 0))
      bad('size', 'bad_size', { value: sizeText });
    if (tokenId === null) {
      if (marketId === null) bad(col.market ?? 'market', 'empty');
      else if (outcome === null) bad('outcome', 'bad_outcome', { value: cell(col.outcome) });
    }
    if (issues.length > before || t === null) return;
    rows.push({
      line,
      t,
      price,
      size,
      tokenId,
      marketId: tokenId === null ? marketId : null,
      outcome: tokenId === null ? outcome : null,
    });
  });
  return { kind, rows, issues };
}
