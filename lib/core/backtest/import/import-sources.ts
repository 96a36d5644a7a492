import Papa from 'papaparse';
import { toMicros } from '../../model/money';
import type { Dataset, PricePoint } from '../dataset';
import { datasetToCsv, parseDatasetCsv } from '../file/dataset-csv';
import { type DatasetIssue, datasetIssue } from '../file/dataset-issues';
import { parseDatasetJson } from '../file/dataset-json';
import {
  contribution,
  emptyReport,
  type MissingNote,
  missingNotes,
  type SourceReport,
} from './import-report';
import { mergeDatasets } from './merge-datasets';
import { isTapeHeader, parseTapeCsv, type TapeRow } from './tape-csv';

/** A file the user chose (name and text), or a dataset already built (a market fetched from Polymarket). */
export type ImportSource =
  | { name: string; text: string }
  | {
      name: string;
      dataset: Dataset;
      kind?: 'dataset' | 'polymarket' | 'kalshi' | 'recorded';
      issues?: DatasetIssue[];
    };

export interface ImportResult {
  /** Every source merged, null when none gave a market. */
  dataset: Dataset | null;
  sources: SourceReport[];
  missing: MissingNote[];
}

const EMPTY: Dataset = { markets: [], prices: {} };
const PRICES_HEADER = 'token_id,t,p\n';

function csvFields(text: string): string[] {
  const head = Papa.parse<string[]>(text, { preview: 1 });
  return (head.data[0] ?? []).map((f) => f.trim().toLowerCase());
}

/** Issues of a table parsed under its canonical name, renamed to the file the user chose. */
function renamed(issues: readonly DatasetIssue[], table: string, name: string): DatasetIssue[] {
  return issues.map((i) => (i.at === table ? { ...i, at: name } : i));
}

type Deferred =
  | { report: SourceReport; kind: 'books' | 'scores'; text: string }
  | { report: SourceReport; kind: 'tape'; rows: TapeRow[] };

/** Markets-only CSV of the markets known so far, so a books or scores table can be checked against them. */
function marketsCsv(markets: Dataset['markets']): string {
  return datasetToCsv({ markets, prices: {} }).markets;
}

function tapePart(rows: readonly TapeRow[], known: Dataset['markets'], report: SourceReport): Dataset {
  const byMarket = new Map(known.map((m) => [m.id, m]));
  const tokens = new Set(known.flatMap((m) => [m.yesTokenId, m.noTokenId]));
  const unknown = new Map<string, { line: number; rows: number }>();
  const series = new Map<string, Map<number, PricePoint>>();
  for (const row of rows) {
    const market = row.marketId === null ? undefined : byMarket.get(row.marketId);
    const token = row.tokenId ?? (market ? (row.outcome === 0 ? market.yesTokenId : market.noTokenId) : null);
    if (token === null || !tokens.has(token)) {
      const key = row.tokenId === null ? `market\u0000${row.marketId}` : `token\u0000${row.tokenId}`;
      const seen = unknown.get(key) ?? { line: row.line, rows: 0 };
      unknown.set(key, { line: seen.line, rows: seen.rows + 1 });
      continue;
    }
    const points = series.get(token) ?? new Map<number, PricePoint>();
    points.set(row.t, { t: row.t, p: toMicros(row.price) });
    series.set(token, points);
  }
  for (const [key, { line, rows: n }] of unknown) {
    const [kind, id = ''] = key.split('\u0000');
    const code = kind === 'market' ? 'unknown_market' : 'unknown_token';
    report.issues.push(datasetIssue({ at: report.name, line }, code, { id, count: n }));
  }
  const prices: Dataset['prices'] = {};
  for (const [token, points] of series) prices[token] = [...points.values()].sort((a, b) => a.t - b.t);
  return { markets: [], prices };
}

/**
 * Several files (JSON datasets, markets/books/scores tables, trade tapes, price series) and fetched
 * markets as one dataset, with what each source added and what the whole still lacks. A source that
 * fails adds nothing and says why; a tape's bad rows are skipped and named by line.
 */
export function importSources(sources: readonly ImportSource[]): ImportResult {
  const reports: SourceReport[] = [];
  const parts: Dataset[] = [];
  const deferred: Deferred[] = [];
  for (const source of sources) {
    if ('dataset' in source) {
      const report = contribution(emptyReport(source.name, source.kind ?? 'polymarket'), source.dataset);
      report.issues.push(...(source.issues ?? []));
      reports.push(report);
      parts.push(source.dataset);
      continue;
    }
    const text = source.text.replace(/^\uFEFF/, '');
    if (source.name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{')) {
      const parsed = parseDatasetJson(text);
      const report = emptyReport(source.name, 'dataset');
      if (parsed.ok) parts.push(parsed.dataset);
      else report.issues.push(...parsed.issues);
      reports.push(parsed.ok ? contribution(report, parsed.dataset) : report);
      continue;
    }
    const fields = csvFields(text);
    if (fields.includes('yes_token_id')) {
      const parsed = parseDatasetCsv({ markets: text, prices: PRICES_HEADER });
      const report = emptyReport(source.name, 'markets');
      if (parsed.ok) parts.push(parsed.dataset);
      else report.issues.push(...renamed(parsed.issues, 'markets.csv', source.name));
      reports.push(parsed.ok ? contribution(report, parsed.dataset) : report);
    } else if (fields.includes('side') && fields.includes('size')) {
      deferred.push({ report: emptyReport(source.name, 'books'), kind: 'books', text });
    } else if (fields.includes('score')) {
      deferred.push({ report: emptyReport(source.name, 'scores'), kind: 'scores', text });
    } else if (isTapeHeader(fields)) {
      const tape = parseTapeCsv(text, source.name);
      const report = emptyReport(source.name, tape.kind);
      report.issues.push(...tape.issues);
      deferred.push({ report, kind: 'tape', rows: tape.rows });
    } else {
      const report = emptyReport(source.name, 'unknown');
      report.issues.push(datasetIssue({ at: source.name }, 'unknown_format', { columns: fields.join(', ') }));
      reports.push(report);
    }
  }
  const known = mergeDatasets(parts).markets;
  for (const d of deferred) {
    let part: Dataset = EMPTY;
    if (d.kind === 'tape') {
      part = tapePart(d.rows, known, d.report);
      reports.push(contribution(d.report, part, d.report.kind === 'trades' ? d.rows.length : 0));
    } else if (known.length === 0) {
      d.report.issues.push(datasetIssue({ at: d.report.name }, 'needs_markets'));
      reports.push(d.report);
    } else {
      const parsed = parseDatasetCsv({ markets: marketsCsv(known), prices: PRICES_HEADER, [d.kind]: d.text });
      if (parsed.ok) part = { markets: [], prices: {}, [d.kind]: parsed.dataset[d.kind] };
      else d.report.issues.push(...renamed(parsed.issues, `${d.kind}.csv`, d.report.name));
      reports.push(contribution(d.report, part));
    }
    parts.push(part);
  }
  const merged = mergeDatasets(parts);
  const order = new Map(sources.map((s, i) => [s.name, i]));
  reports.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  if (merged.markets.length === 0) return { dataset: null, sources: reports, missing: [] };
  return { dataset: merged, sources: reports, missing: missingNotes(merged) };
}
