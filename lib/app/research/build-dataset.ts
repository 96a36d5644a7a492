import type { BacktestMarket, BookSnapshot, Dataset, PricePoint } from '../../core/backtest/dataset';
import type { Market } from '../../core/model/market';
import type { BookSnapshotRow } from '../../core/model/rows/book-snapshots';
import { DEFAULT_VENUE, venueOf } from '../../core/model/venue';
import type {
  PriceHistoryInterval,
  PriceHistoryQuery,
  PriceHistoryPoint as WirePoint,
} from '../ports/polymarket-reads';
import type { Store } from '../ports/store-port';
import { mergeSeries } from './merge-series';
import { recordedScores } from './recorded-scores';
import { snapshotMark, toBookSnapshot } from './snapshot-books';

export interface DatasetSources {
  store: Pick<Store, 'priceHistory' | 'bookSnapshots' | 'opportunities' | 'scoreSamples'>;
  /** Markets by id from Gamma, closed ones included (MarketData.markets). */
  markets: (ids: readonly string[]) => Promise<Map<string, Market>>;
  /** GET /prices-history through the shared clients (ClobReads.getPricesHistory). */
  pricesHistory: (query: PriceHistoryQuery) => Promise<WirePoint[]>;
}

export type DatasetRange = { interval: PriceHistoryInterval } | { startMs: number; endMs: number };

export interface DatasetRequest {
  marketIds: readonly string[];
  range: DatasetRange;
  /** Minutes between /prices-history points. */
  fidelityMinutes: number;
  /** Skip /prices-history (recorded snapshots and the cache only). */
  offline?: boolean;
}

export interface BuiltDataset {
  dataset: Dataset;
  /** Requested markets Gamma did not return. */
  missingMarkets: string[];
  /** Tokens whose history could not be fetched (the cached history, if any, was used). */
  failedHistories: string[];
  snapshots: number;
}

function window(range: DatasetRange): [number, number] {
  return 'startMs' in range
    ? [range.startMs, range.endMs]
    : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
}

function query(tokenId: string, request: DatasetRequest): PriceHistoryQuery {
  const { range, fidelityMinutes } = request;
  return 'startMs' in range
    ? {
        tokenId,
        fidelityMinutes,
        startTs: Math.floor(range.startMs / 1000),
        endTs: Math.ceil(range.endMs / 1000),
      }
    : { tokenId, fidelityMinutes, interval: range.interval };
}

function toBacktestMarket(market: Market, lastSeen: number): BacktestMarket {
  const outcome = market.resolvedOutcome;
  return {
    // Another venue's market says so: the backtester fills it by that venue's rules (Kalshi: whole
    // contracts). Polymarket's stay without the field, as every dataset before venues.
    ...(venueOf(market) === DEFAULT_VENUE ? {} : { venue: venueOf(market) }),
    id: market.id,
    question: market.question,
    yesTokenId: market.yes.tokenId,
    noTokenId: market.no.tokenId,
    feeRate: market.fee.rate,
    feeExponent: market.fee.exponent,
    tickSize: market.tickSize,
    endTime: market.endTime,
    // Gamma gives no resolution time: the later of the scheduled end and the last observation.
    resolution: outcome === null ? null : { outcome, resolvedAt: Math.max(market.endTime ?? 0, lastSeen) },
    // Liquidity and volume are today's figures, not history: left out, so the rules that use them are skipped.
  };
}

/**
 * A backtest dataset from what the extension knows about chosen markets (closed ones too): each
 * token's /prices-history merged over its cached history, the recorded book snapshots with their
 * mark prices as extra price points (so a replay evaluates at every recorded pass), and each
 * market's resolution outcome, with the opportunity scores recorded for them.
 */
export async function buildDataset(sources: DatasetSources, request: DatasetRequest): Promise<BuiltDataset> {
  const [from, to] = window(request.range);
  const found = await sources.markets(request.marketIds);
  const markets = request.marketIds.map((id) => found.get(id)).filter((m): m is Market => m !== undefined);
  const tokens = markets.flatMap((m) => [m.yes.tokenId, m.no.tokenId]);
  const cached = await sources.store.priceHistory.getMany(tokens);
  const prices: Record<string, PricePoint[]> = {};
  const books: Record<string, BookSnapshot[]> = {};
  const failedHistories: string[] = [];
  let snapshots = 0;
  const lastSeen = new Map<string, number>();
  for (const tokenId of tokens) {
    const old = (cached.get(tokenId)?.points ?? []).map((p) => ({ t: p.t * 1000, p: Math.round(p.p * 1e6) }));
    let fresh: PricePoint[] = [];
    if (!request.offline) {
      try {
        fresh = (await sources.pricesHistory(query(tokenId, request))).map((p) => ({
          t: p.time,
          p: p.price,
        }));
      } catch {
        failedHistories.push(tokenId);
      }
    }
    const rows: BookSnapshotRow[] = await sources.store.bookSnapshots.forToken(
      tokenId,
      Number.isFinite(from) ? from : 0,
      Number.isFinite(to) ? to : Number.MAX_SAFE_INTEGER,
    );
    const marks = rows.flatMap((r) => {
      const p = snapshotMark(r);
      return p === null ? [] : [{ t: r.t, p }];
    });
    prices[tokenId] = mergeSeries([old, fresh, marks], from, to);
    if (rows.length > 0) books[tokenId] = rows.map(toBookSnapshot);
    snapshots += rows.length;
    lastSeen.set(tokenId, prices[tokenId]?.at(-1)?.t ?? 0);
  }
  const dataset: Dataset = {
    markets: markets.map((m) =>
      toBacktestMarket(m, Math.max(lastSeen.get(m.yes.tokenId) ?? 0, lastSeen.get(m.no.tokenId) ?? 0)),
    ),
    prices,
    ...(snapshots > 0 ? { books } : {}),
  };
  const scores = await recordedScores(
    sources.store,
    markets.map((m) => m.id),
  );
  if (Object.keys(scores).length > 0) dataset.scores = scores;
  return {
    dataset,
    missingMarkets: request.marketIds.filter((id) => !found.has(id)),
    failedHistories,
    snapshots,
  };
}
