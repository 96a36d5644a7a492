import type { WhaleRow } from '../../core/model/rows/whales';
import type { WalletAggregate } from '../../core/whales/aggregate-wallets';
import type { WalletPatterns } from '../../core/whales/wallet-patterns';

/**
 * A whale row from this pass's observation. Volumes and counts describe the trades read by this
 * pass (the API's newest trades in the scanned markets), so overlapping passes never double count;
 * `firstSeenAt` and `tracked` survive from the stored row.
 */
export function whaleRow(
  agg: WalletAggregate,
  patterns: WalletPatterns,
  previous: WhaleRow | undefined,
  now: number,
  newId: () => string,
): WhaleRow {
  return {
    id: previous?.id ?? newId(),
    walletAddress: agg.wallet,
    name: agg.name || previous?.name || null,
    totalVolume: agg.totalVolume,
    tradeCount: agg.tradeCount,
    marketsActive: agg.marketsActive,
    lastTradeTime: Math.max(agg.lastTradeTime, previous?.lastTradeTime ?? 0),
    firstSeenAt: Math.min(previous?.firstSeenAt ?? agg.firstTradeTime, agg.firstTradeTime),
    tracked: previous?.tracked ?? false,
    patterns: { ...previous?.patterns, ...patterns, largestTrade: agg.largestTrade },
    updatedAt: now,
  };
}
