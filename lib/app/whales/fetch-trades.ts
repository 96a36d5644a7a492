import type { TradeRecord } from '../../core/whales/trade-record';
import { mapConcurrent } from '../market-data/map-concurrent';
import type { PassContext } from '../passes/run-pass';
import type {
  WalletActivityReads as DataApiReads,
  WalletTrade as DataApiTrade,
} from '../ports/wallet-activity-port';

/** Condition ids per /trades request (Data API v2 documents ≤ 20 for its `condition` twin). */
export const MARKETS_PER_TRADES_REQUEST = 20;

export interface TradeFetchOptions {
  /** Only trades worth at least this many USD (filterType=CASH); omit for every trade. */
  minCashUsd?: number;
  pageSize: number;
  /** Pages per batch of markets at most (newest first). */
  maxPages: number;
  concurrency: number;
}

export function toTradeRecord(t: DataApiTrade): TradeRecord {
  return {
    wallet: t.wallet.toLowerCase(),
    name: t.name || t.pseudonym,
    conditionId: t.conditionId,
    tokenId: t.tokenId,
    outcomeIndex: t.outcomeIndex,
    side: t.side,
    size: t.size,
    price: t.price,
    time: t.time,
    transactionHash: t.transactionHash,
  };
}

/** Trades in the given markets, batched by market csv; newest first per batch. */
export async function fetchMarketTrades(
  data: DataApiReads,
  conditionIds: readonly string[],
  ctx: PassContext,
  options: TradeFetchOptions,
): Promise<TradeRecord[]> {
  const batches: string[][] = [];
  for (let i = 0; i < conditionIds.length; i += MARKETS_PER_TRADES_REQUEST)
    batches.push(conditionIds.slice(i, i + MARKETS_PER_TRADES_REQUEST));
  const filter =
    options.minCashUsd === undefined ? undefined : { type: 'CASH' as const, amount: options.minCashUsd };
  const perBatch = await mapConcurrent(
    batches,
    options.concurrency,
    async (markets) => {
      const out: TradeRecord[] = [];
      for (let page = 0; page < options.maxPages; page++) {
        ctx.addRequests(1);
        const result = await data.getTrades({
          markets,
          filter,
          limit: options.pageSize,
          offset: page * options.pageSize,
        });
        out.push(...result.rows.map(toTradeRecord));
        if (result.rows.length + result.rejected.length < options.pageSize) break;
      }
      return out;
    },
    ctx.signal,
  );
  return perBatch.flat();
}
