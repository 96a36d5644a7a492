import type { z } from 'zod';
import type { DataApiReads } from '../../app/ports/polymarket-reads';
import { temporaryError } from '../../errors/app-error';
import { decodeResponse } from './decode-response';
import type { QueryParams } from './http/build-url';
import type { PolymarketHttp } from './http/polymarket-http';
import { type DataActivity, dataActivitySchema } from './schemas/data-activity';
import { dataHoldersSchema, type TokenHolders } from './schemas/data-holders';
import { dataLeaderboardEntrySchema, type LeaderboardEntry } from './schemas/data-leaderboard';
import { type DataPosition, dataPositionSchema } from './schemas/data-position';
import { type DataTrade, dataTradeSchema } from './schemas/data-trade';
import { type ParsedRows, parseRows } from './schemas/parse-rows';
import type { Side } from './schemas/wire-primitives';

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface TradesQuery extends Paging {
  /** Condition ids (sent comma-separated); exclusive with eventId. */
  markets?: string[];
  eventId?: string;
  user?: string;
  side?: Side;
  takerOnly?: boolean;
  /** Minimum trade size, in collateral (CASH) or shares (TOKENS). */
  filter?: { type: 'CASH' | 'TOKENS'; amount: number };
}

export interface PositionsQuery extends Paging {
  user: string;
  markets?: string[];
  eventId?: string;
  sizeThreshold?: number;
  redeemable?: boolean;
  mergeable?: boolean;
  sortBy?: 'TOKENS' | 'CURRENT' | 'INITIAL' | 'CASHPNL' | 'PERCENTPNL' | 'TITLE' | 'RESOLVING' | 'PRICE';
  sortDirection?: 'ASC' | 'DESC';
}

export interface ActivityQuery extends Paging {
  user: string;
  markets?: string[];
  eventId?: string;
  type?: string[];
  /** Unix seconds. */
  start?: number;
  end?: number;
  side?: Side;
  sortBy?: 'TIMESTAMP' | 'TOKENS' | 'CASH';
  sortDirection?: 'ASC' | 'DESC';
}

export interface LeaderboardQuery extends Paging {
  category?: string;
  timePeriod?: 'DAY' | 'WEEK' | 'MONTH' | 'ALL';
  orderBy?: 'PNL' | 'VOL';
  user?: string;
}

/** The Data API caps offsets at 10,000. */
export const DATA_API_MAX_OFFSET = 10_000;

const csv = (values: string[] | undefined) => (values && values.length > 0 ? values.join(',') : undefined);

/** Typed reads of the Data API (v1 routes: bare camelCase arrays, limit/offset paging). */
export class DataApiClient implements DataApiReads {
  constructor(private readonly http: PolymarketHttp) {}

  async getTrades(q: TradesQuery = {}): Promise<ParsedRows<DataTrade>> {
    return this.rows('/trades', dataTradeSchema, {
      market: csv(q.markets),
      eventId: q.eventId,
      user: q.user,
      side: q.side,
      takerOnly: q.takerOnly,
      filterType: q.filter?.type,
      filterAmount: q.filter?.amount,
      limit: q.limit,
      offset: q.offset,
    });
  }

  /** Pages of trades until a short page or the API's offset cap. */
  async *tradePages(q: Omit<TradesQuery, 'offset'> = {}, pageSize = 500) {
    for (let offset = 0; offset <= DATA_API_MAX_OFFSET; offset += pageSize) {
      const page = await this.getTrades({ ...q, limit: pageSize, offset });
      if (page.rows.length > 0 || page.rejected.length > 0) yield page;
      if (page.rows.length + page.rejected.length < pageSize) return;
    }
  }

  async getPositions(q: PositionsQuery): Promise<ParsedRows<DataPosition>> {
    return this.rows('/positions', dataPositionSchema, {
      user: q.user,
      market: csv(q.markets),
      eventId: q.eventId,
      sizeThreshold: q.sizeThreshold,
      redeemable: q.redeemable,
      mergeable: q.mergeable,
      sortBy: q.sortBy,
      sortDirection: q.sortDirection,
      limit: q.limit,
      offset: q.offset,
    });
  }

  async getActivity(q: ActivityQuery): Promise<ParsedRows<DataActivity>> {
    return this.rows('/activity', dataActivitySchema, {
      user: q.user,
      market: csv(q.markets),
      eventId: q.eventId,
      type: csv(q.type),
      start: q.start,
      end: q.end,
      side: q.side,
      sortBy: q.sortBy,
      sortDirection: q.sortDirection,
      limit: q.limit,
      offset: q.offset,
    });
  }

  async getHolders(q: { markets: string[]; limit?: number; minBalance?: number }): Promise<TokenHolders[]> {
    const raw = await this.http.request({
      api: 'data',
      route: '/holders',
      query: { market: csv(q.markets), limit: q.limit, minBalance: q.minBalance },
    });
    return decodeResponse(dataHoldersSchema, raw, '/holders');
  }

  async getLeaderboard(q: LeaderboardQuery = {}): Promise<ParsedRows<LeaderboardEntry>> {
    return this.rows('/v1/leaderboard', dataLeaderboardEntrySchema, {
      category: q.category,
      timePeriod: q.timePeriod,
      orderBy: q.orderBy,
      user: q.user,
      limit: q.limit,
      offset: q.offset,
    });
  }

  private async rows<S extends z.ZodType>(
    route: string,
    schema: S,
    query: QueryParams,
  ): Promise<ParsedRows<z.output<S>>> {
    const raw = await this.http.request({ api: 'data', route, query });
    const parsed = parseRows(schema, raw);
    if (parsed === null)
      throw temporaryError(`Polymarket sent a payload we cannot trust (${route}).`, {
        code: 'invalid_payload',
        details: { endpoint: route, issues: 'expected an array of rows' },
      });
    return parsed;
  }
}
