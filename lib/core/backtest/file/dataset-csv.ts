import Papa from 'papaparse';
import { venueIdSchema } from '../../model/venue';
import type { Dataset } from '../dataset';
import { rowReader } from './csv-fields';
import { checkDatasetFile, toDatasetFile } from './dataset-checks';
import type { DatasetFile, FileMarket } from './dataset-file';
import { type DatasetIssue, type DatasetParseResult, datasetIssue } from './dataset-issues';

/**
 * The dataset as CSV tables, for spreadsheets and sharing:
 * - markets.csv: id,question,yes_token_id,no_token_id,fee_rate,tick_size,end_time,resolved_outcome,resolved_at,liquidity,volume24h (optional venue: polymarket | kalshi, absent = polymarket)
 * - prices.csv:  token_id,t,p            (t epoch ms, p 0–1; any row order)
 * - books.csv:   token_id,t,side,price,size   (optional; side bid|ask, levels best first)
 * - scores.csv:  market_id,t,score        (optional)
 */
export interface DatasetCsv {
  markets: string;
  prices: string;
  books?: string;
  scores?: string;
}

type Row = Record<string, string | undefined>;
const TIME = { min: 0, integer: true };
const PRICE = { min: 0, max: 1 };
const UNIX = { newline: '\n' };

function rows(text: string, file: string, issues: DatasetIssue[]): Row[] {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  for (const e of parsed.errors)
    issues.push(datasetIssue({ at: file, line: (e.row ?? 0) + 2 }, 'csv_syntax', { detail: e.message }));
  return parsed.data;
}

function parseMarket(row: Row, i: number, issues: DatasetIssue[]): FileMarket {
  const r = rowReader('markets.csv', row, i, issues);
  const outcome = r.optionalNumber('resolved_outcome', { min: 0, max: 1, integer: true });
  const resolvedAt = r.optionalNumber('resolved_at', TIME);
  if ((outcome === undefined) !== (resolvedAt === undefined)) {
    issues.push(datasetIssue({ at: 'markets.csv', line: i + 2 }, 'resolution_pair'));
  }
  const market: FileMarket = {
    id: r.text('id'),
    question: row.question ?? '',
    yesTokenId: r.text('yes_token_id'),
    noTokenId: r.text('no_token_id'),
    feeRate: r.number('fee_rate', { min: 0, max: 1 }),
    tickSize: r.number('tick_size', { min: 0 }),
    endTime: r.optionalNumber('end_time', TIME) ?? null,
    resolution:
      outcome !== undefined && resolvedAt !== undefined
        ? { outcome: outcome === 0 ? 0 : 1, resolvedAt }
        : null,
  };
  const liquidity = r.optionalNumber('liquidity', { min: 0 });
  const volume24h = r.optionalNumber('volume24h', { min: 0 });
  const feeExponent = r.optionalNumber('fee_exponent', { min: 0, max: 4 });
  if (feeExponent !== undefined) market.feeExponent = feeExponent;
  const venue = row.venue?.trim();
  if (venue) {
    const parsed = venueIdSchema.safeParse(venue);
    if (parsed.success) market.venue = parsed.data;
    else
      issues.push(
        datasetIssue({ at: 'markets.csv', line: i + 2, field: 'venue' }, 'unknown_venue', { value: venue }),
      );
  }
  if (liquidity !== undefined) market.liquidity = liquidity;
  if (volume24h !== undefined) market.volume24h = volume24h;
  return market;
}

/** Group [t, value] pairs by key, sorted by t; a repeated (key, t) is an issue naming both lines. */
function series<T>(
  items: { key: string; t: number; line: number; value: T }[],
  file: string,
  issues: DatasetIssue[],
) {
  const out: Record<string, { t: number; line: number; value: T }[]> = {};
  for (const item of items) {
    const list = out[item.key] ?? [];
    list.push(item);
    out[item.key] = list;
  }
  for (const [key, list] of Object.entries(out)) {
    list.sort((a, b) => a.t - b.t || a.line - b.line);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1] as { t: number; line: number };
      const b = list[i] as { t: number; line: number };
      if (a.t === b.t)
        issues.push(
          datasetIssue({ at: file, line: b.line }, 'duplicate_time', { key, t: String(b.t), other: a.line }),
        );
    }
  }
  return out;
}

export function parseDatasetCsv(csv: DatasetCsv): DatasetParseResult {
  const issues: DatasetIssue[] = [];
  const markets = rows(csv.markets, 'markets.csv', issues).map((row, i) => parseMarket(row, i, issues));
  const points = rows(csv.prices, 'prices.csv', issues).map((row, i) => {
    const r = rowReader('prices.csv', row, i, issues);
    return { key: r.text('token_id'), t: r.number('t', TIME), line: i + 2, value: r.number('p', PRICE) };
  });
  const file: DatasetFile = { format: 'polymarket-equilibrage-backtest', version: 1, markets, prices: {} };
  for (const [k, list] of Object.entries(series(points, 'prices.csv', issues))) {
    file.prices[k] = list.map((p): [number, number] => [p.t, p.value]);
  }
  if (csv.books) {
    const levels = rows(csv.books, 'books.csv', issues).map((row, i) => {
      const r = rowReader('books.csv', row, i, issues);
      const side = r.text('side');
      if (side !== 'bid' && side !== 'ask')
        issues.push(datasetIssue({ at: 'books.csv', line: i + 2, field: 'side' }, 'bad_side'));
      const level: [number, number] = [r.number('price', PRICE), r.number('size', { min: 0 })];
      return { key: r.text('token_id'), t: r.number('t', TIME), line: i + 2, side, level };
    });
    const books: NonNullable<DatasetFile['books']> = {};
    const snapshots = new Map<string, { t: number; bids: [number, number][]; asks: [number, number][] }>();
    for (const l of levels) {
      const id = `${l.key}\u0000${l.t}`;
      let snap = snapshots.get(id);
      if (!snap) {
        snap = { t: l.t, bids: [], asks: [] };
        snapshots.set(id, snap);
        const list = books[l.key] ?? [];
        list.push(snap);
        books[l.key] = list;
      }
      (l.side === 'bid' ? snap.bids : snap.asks).push(l.level);
    }
    for (const list of Object.values(books)) list.sort((a, b) => a.t - b.t);
    file.books = books;
  }
  if (csv.scores) {
    const scores = rows(csv.scores, 'scores.csv', issues).map((row, i) => {
      const r = rowReader('scores.csv', row, i, issues);
      return {
        key: r.text('market_id'),
        t: r.number('t', TIME),
        line: i + 2,
        value: r.number('score', { min: 1, max: 10 }),
      };
    });
    file.scores = {};
    for (const [k, list] of Object.entries(series(scores, 'scores.csv', issues))) {
      file.scores[k] = list.map((p): [number, number] => [p.t, p.value]);
    }
  }
  if (markets.length === 0) issues.push(datasetIssue({ at: 'markets.csv' }, 'no_market_rows'));
  if (issues.length > 0) return { ok: false, issues };
  return checkDatasetFile(file);
}

export function datasetToCsv(dataset: Dataset): DatasetCsv {
  const file = toDatasetFile(dataset);
  const withExponent = file.markets.some((m) => m.feeExponent !== undefined);
  const withVenue = file.markets.some((m) => m.venue !== undefined);
  const markets = Papa.unparse(
    file.markets.map((m) => ({
      // The venue column is written only when a market records one (older files have none).
      ...(withVenue ? { venue: m.venue ?? 'polymarket' } : {}),
      id: m.id,
      question: m.question,
      yes_token_id: m.yesTokenId,
      no_token_id: m.noTokenId,
      fee_rate: m.feeRate,
      // The column is written only when a market has a fee exponent (older files have none).
      ...(withExponent ? { fee_exponent: m.feeExponent ?? '' } : {}),
      tick_size: m.tickSize,
      end_time: m.endTime ?? '',
      resolved_outcome: m.resolution?.outcome ?? '',
      resolved_at: m.resolution?.resolvedAt ?? '',
      liquidity: m.liquidity ?? '',
      volume24h: m.volume24h ?? '',
    })),
    UNIX,
  );
  const prices = Papa.unparse(
    {
      fields: ['token_id', 't', 'p'],
      data: Object.entries(file.prices).flatMap(([k, pts]) => pts.map(([t, p]) => [k, t, p])),
    },
    UNIX,
  );
  const out: DatasetCsv = { markets, prices };
  if (file.books) {
    out.books = Papa.unparse(
      {
        fields: ['token_id', 't', 'side', 'price', 'size'],
        data: Object.entries(file.books).flatMap(([k, bs]) =>
          bs.flatMap((b) => [
            ...b.bids.map(([p, s]) => [k, b.t, 'bid', p, s]),
            ...b.asks.map(([p, s]) => [k, b.t, 'ask', p, s]),
          ]),
        ),
      },
      UNIX,
    );
  }
  if (file.scores) {
    out.scores = Papa.unparse(
      {
        fields: ['market_id', 't', 'score'],
        data: Object.entries(file.scores).flatMap(([k, pts]) => pts.map(([t, s]) => [k, t, s])),
      },
      UNIX,
    );
  }
  return out;
}
