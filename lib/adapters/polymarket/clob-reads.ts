import type { ClobReads as ClobReadsPort, PriceHistoryQuery } from '../../app/ports/polymarket-reads';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import { chunk } from './chunk';
import { decodeResponse } from './decode-response';
import type { PolymarketHttp } from './http/polymarket-http';
import { clobBookSchema, clobBooksSchema } from './schemas/clob-book';
import { type ClobMarketInfo, clobMarketCompactSchema } from './schemas/clob-market-compact';
import {
  clobFeeRateSchema,
  clobLastTradeSchema,
  clobLastTradesSchema,
  clobMidpointSchema,
  clobNegRiskSchema,
  clobPricesSchema,
  clobTickSizeSchema,
  clobTokenPriceMapSchema,
  type LastTrade,
  type SidePrices,
} from './schemas/clob-prices';
import { clobPricesHistorySchema, type PricePoint } from './schemas/clob-prices-history';
import type { Side } from './schemas/wire-primitives';

export interface ClobReadsOptions {
  /** Tokens per `POST /books` request (server answers "Payload exceeds the limit" above its cap). */
  booksChunkSize?: number;
  /** Tokens per `POST /midpoints|/prices|/spreads|/last-trades-prices` request (docs: ≤ 500). */
  batchChunkSize?: number;
  /** Cache for rarely-changing facts (tick size, neg-risk, market info). Default 60 s. */
  staticCacheTtlMs?: number;
}

/** Typed public reads of the CLOB REST API (no auth, no orders). Amounts in micros. */
export class ClobReads implements ClobReadsPort {
  private readonly booksChunk: number;
  private readonly batchChunk: number;
  private readonly staticTtl: number;

  constructor(
    private readonly http: PolymarketHttp,
    options: ClobReadsOptions = {},
  ) {
    this.booksChunk = options.booksChunkSize ?? 50;
    this.batchChunk = options.batchChunkSize ?? 200;
    this.staticTtl = options.staticCacheTtlMs ?? 60_000;
  }

  async getBook(tokenId: string): Promise<OrderBook> {
    const raw = await this.http.request({ api: 'clob', route: '/book', query: { token_id: tokenId } });
    return decodeResponse(clobBookSchema, raw, '/book');
  }

  /** Books for many tokens via `POST /books`, chunked; results in server order, one per known token. */
  async getBooks(tokenIds: readonly string[]): Promise<OrderBook[]> {
    const books: OrderBook[] = [];
    for (const part of chunk(tokenIds, this.booksChunk)) {
      const raw = await this.postRead(
        '/books',
        part.map((token_id) => ({ token_id })),
      );
      books.push(...decodeResponse(clobBooksSchema, raw, '/books'));
    }
    return books;
  }

  async getMidpoint(tokenId: string): Promise<Micros> {
    const raw = await this.http.request({ api: 'clob', route: '/midpoint', query: { token_id: tokenId } });
    return decodeResponse(clobMidpointSchema, raw, '/midpoint');
  }

  async getMidpoints(tokenIds: readonly string[]): Promise<Map<string, Micros>> {
    return this.tokenMap('/midpoints', tokenIds);
  }

  async getSpreads(tokenIds: readonly string[]): Promise<Map<string, Micros>> {
    return this.tokenMap('/spreads', tokenIds);
  }

  async getPrices(
    requests: ReadonlyArray<{ tokenId: string; side: Side }>,
  ): Promise<Map<string, SidePrices>> {
    const out = new Map<string, SidePrices>();
    for (const part of chunk(requests, this.batchChunk)) {
      const raw = await this.postRead(
        '/prices',
        part.map((r) => ({ token_id: r.tokenId, side: r.side })),
      );
      for (const [token, prices] of decodeResponse(clobPricesSchema, raw, '/prices')) {
        const prev = out.get(token);
        out.set(token, { buy: prices.buy ?? prev?.buy ?? null, sell: prices.sell ?? prev?.sell ?? null });
      }
    }
    return out;
  }

  async getLastTrade(tokenId: string): Promise<LastTrade> {
    const raw = await this.http.request({
      api: 'clob',
      route: '/last-trade-price',
      query: { token_id: tokenId },
    });
    const r = decodeResponse(clobLastTradeSchema, raw, '/last-trade-price');
    return { tokenId, price: r.price, side: r.side || null };
  }

  async getLastTrades(tokenIds: readonly string[]): Promise<LastTrade[]> {
    const out: LastTrade[] = [];
    for (const part of chunk(tokenIds, this.batchChunk)) {
      const raw = await this.postRead(
        '/last-trades-prices',
        part.map((token_id) => ({ token_id })),
      );
      out.push(...decodeResponse(clobLastTradesSchema, raw, '/last-trades-prices'));
    }
    return out;
  }

  async getTickSize(tokenId: string): Promise<Micros> {
    const raw = await this.http.request({
      api: 'clob',
      route: '/tick-size',
      query: { token_id: tokenId },
      cacheTtlMs: this.staticTtl,
    });
    return decodeResponse(clobTickSizeSchema, raw, '/tick-size');
  }

  async getNegRisk(tokenId: string): Promise<boolean> {
    const raw = await this.http.request({
      api: 'clob',
      route: '/neg-risk',
      query: { token_id: tokenId },
      cacheTtlMs: this.staticTtl,
    });
    return decodeResponse(clobNegRiskSchema, raw, '/neg-risk');
  }

  /** V1 `GET /fee-rate` (basis points); prefer getMarketInfo(...).fee under CLOB V2. */
  async getFeeRateBps(tokenId: string): Promise<number> {
    const raw = await this.http.request({ api: 'clob', route: '/fee-rate', query: { token_id: tokenId } });
    return decodeResponse(clobFeeRateSchema, raw, '/fee-rate');
  }

  /** Tick, minimum size, neg-risk and fee params from the V2 compact `/clob-markets/{conditionId}`. */
  async getMarketInfo(conditionId: string): Promise<ClobMarketInfo> {
    const raw = await this.http.request({
      api: 'clob',
      route: '/clob-markets/{conditionId}',
      pathParams: { conditionId },
      cacheTtlMs: this.staticTtl,
    });
    return decodeResponse(clobMarketCompactSchema, raw, '/clob-markets/{conditionId}');
  }

  async getPricesHistory(q: PriceHistoryQuery): Promise<PricePoint[]> {
    const range = 'interval' in q ? { interval: q.interval } : { startTs: q.startTs, endTs: q.endTs };
    const raw = await this.http.request({
      api: 'clob',
      route: '/prices-history',
      query: { market: q.tokenId, ...range, fidelity: q.fidelityMinutes },
    });
    return decodeResponse(clobPricesHistorySchema, raw, '/prices-history');
  }

  private async tokenMap(route: string, tokenIds: readonly string[]): Promise<Map<string, Micros>> {
    const out = new Map<string, Micros>();
    for (const part of chunk(tokenIds, this.batchChunk)) {
      const raw = await this.postRead(
        route,
        part.map((token_id) => ({ token_id })),
      );
      for (const [token, value] of decodeResponse(clobTokenPriceMapSchema, raw, route)) out.set(token, value);
    }
    return out;
  }

  /** Batch reads are POSTs but idempotent, so they may be retried. */
  private postRead(route: string, body: unknown): Promise<unknown> {
    return this.http.request({ api: 'clob', method: 'POST', route, body, idempotent: true });
  }
}
