import { fromMicros, toMicros } from '../../model/money';
import { isKnownTickSize } from '../../model/tick';
import type { BookSnapshot, Dataset, PricePoint } from '../dataset';
import type { DatasetFile } from './dataset-file';
import { type DatasetIssue, type DatasetParseResult, datasetIssue } from './dataset-issues';

function checkMarkets(file: DatasetFile, issues: DatasetIssue[]): Set<string> {
  const ids = new Set<string>();
  const tokens = new Set<string>();
  file.markets.forEach((m, i) => {
    const at = `markets[${i}]`;
    if (ids.has(m.id)) issues.push(datasetIssue({ at: `${at}.id` }, 'duplicate_market', { id: m.id }));
    ids.add(m.id);
    for (const key of ['yesTokenId', 'noTokenId'] as const) {
      if (tokens.has(m[key]))
        issues.push(datasetIssue({ at: `${at}.${key}` }, 'duplicate_token', { id: m[key] }));
      tokens.add(m[key]);
    }
    if (!isKnownTickSize(toMicros(m.tickSize))) {
      issues.push(datasetIssue({ at: `${at}.tickSize` }, 'bad_tick', { value: String(m.tickSize) }));
    }
  });
  return tokens;
}

function checkAscending(times: readonly number[], where: string, issues: DatasetIssue[]): void {
  for (let i = 1; i < times.length; i++) {
    const t = times[i] as number;
    const before = times[i - 1] as number;
    if (t <= before) {
      issues.push(
        datasetIssue({ at: `${where}[${i}]` }, 'not_after', { t: String(t), before: String(before) }),
      );
      return;
    }
  }
}

function checkBookOrder(
  book: { bids: [number, number][]; asks: [number, number][] },
  where: string,
  issues: DatasetIssue[],
) {
  for (let i = 1; i < book.bids.length; i++) {
    if ((book.bids[i] as [number, number])[0] >= (book.bids[i - 1] as [number, number])[0]) {
      issues.push(datasetIssue({ at: `${where}.bids[${i}]` }, 'bids_order'));
      return;
    }
  }
  for (let i = 1; i < book.asks.length; i++) {
    if ((book.asks[i] as [number, number])[0] <= (book.asks[i - 1] as [number, number])[0]) {
      issues.push(datasetIssue({ at: `${where}.asks[${i}]` }, 'asks_order'));
      return;
    }
  }
}

/** Checks a schema-valid file beyond its shape (ids, ticks, ordering) and converts it to micros. */
export function checkDatasetFile(file: DatasetFile): DatasetParseResult {
  const issues: DatasetIssue[] = [];
  const tokens = checkMarkets(file, issues);
  const marketIds = new Set(file.markets.map((m) => m.id));
  for (const [token, points] of Object.entries(file.prices)) {
    if (!tokens.has(token)) issues.push(datasetIssue({ at: `prices.${token}` }, 'token_no_market'));
    checkAscending(
      points.map(([t]) => t),
      `prices.${token}`,
      issues,
    );
  }
  for (const [token, books] of Object.entries(file.books ?? {})) {
    if (!tokens.has(token)) issues.push(datasetIssue({ at: `books.${token}` }, 'token_no_market'));
    checkAscending(
      books.map((b) => b.t),
      `books.${token}`,
      issues,
    );
    books.forEach((b, i) => {
      checkBookOrder(b, `books.${token}[${i}]`, issues);
    });
  }
  for (const [market, points] of Object.entries(file.scores ?? {})) {
    if (!marketIds.has(market)) issues.push(datasetIssue({ at: `scores.${market}` }, 'market_not_listed'));
    checkAscending(
      points.map(([t]) => t),
      `scores.${market}`,
      issues,
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  const level = ([p, s]: [number, number]) => ({ price: toMicros(p), size: toMicros(s, 'down') });
  const dataset: Dataset = {
    markets: file.markets.map((m) => ({
      ...m,
      tickSize: toMicros(m.tickSize),
      resolution: m.resolution
        ? { outcome: m.resolution.outcome, resolvedAt: m.resolution.resolvedAt }
        : null,
    })),
    prices: Object.fromEntries(
      Object.entries(file.prices).map(([k, pts]) => [
        k,
        pts.map(([t, p]): PricePoint => ({ t, p: toMicros(p) })),
      ]),
    ),
  };
  if (file.books) {
    dataset.books = Object.fromEntries(
      Object.entries(file.books).map(([k, bs]) => [
        k,
        bs.map((b): BookSnapshot => ({ t: b.t, bids: b.bids.map(level), asks: b.asks.map(level) })),
      ]),
    );
  }
  if (file.scores) {
    dataset.scores = Object.fromEntries(
      Object.entries(file.scores).map(([k, pts]) => [k, pts.map(([t, score]) => ({ t, score }))]),
    );
  }
  return { ok: true, dataset };
}

/** The core dataset back to the file shape (decimals), for export. */
export function toDatasetFile(dataset: Dataset): DatasetFile {
  const level = (l: { price: number; size: number }): [number, number] => [
    fromMicros(l.price),
    fromMicros(l.size),
  ];
  const file: DatasetFile = {
    format: 'polymarket-equilibrage-backtest',
    version: 1,
    markets: dataset.markets.map((m) => ({ ...m, tickSize: fromMicros(m.tickSize) })),
    prices: Object.fromEntries(
      Object.entries(dataset.prices).map(([k, pts]) => [
        k,
        pts.map((p): [number, number] => [p.t, fromMicros(p.p)]),
      ]),
    ),
  };
  if (dataset.books) {
    file.books = Object.fromEntries(
      Object.entries(dataset.books).map(([k, bs]) => [
        k,
        bs.map((b) => ({ t: b.t, bids: b.bids.map(level), asks: b.asks.map(level) })),
      ]),
    );
  }
  if (dataset.scores) {
    file.scores = Object.fromEntries(
      Object.entries(dataset.scores).map(([k, pts]) => [k, pts.map((p): [number, number] => [p.t, p.score])]),
    );
  }
  return file;
}
