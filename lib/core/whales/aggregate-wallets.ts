import { type Micros, toMicros } from '../model/money';
import { type TradeRecord, tradeNotional } from './trade-record';

/** settings.whales: a wallet is a whale above either threshold (USD). */
export interface WhaleThresholds {
  minWhaleVolumeUsd: number;
  minWhaleTradeUsd: number;
}

/** What the observed trades say about one wallet. */
export interface WalletAggregate {
  wallet: string;
  name: string;
  totalVolume: Micros;
  tradeCount: number;
  marketsActive: number;
  largestTrade: Micros;
  /** Epoch ms of the first and last observed trade. */
  firstTradeTime: number;
  lastTradeTime: number;
  trades: TradeRecord[];
}

/** Group trades by wallet (addresses compared case-insensitively), biggest volume first. */
export function aggregateWallets(trades: readonly TradeRecord[]): WalletAggregate[] {
  const byWallet = new Map<string, WalletAggregate>();
  for (const trade of trades) {
    const key = trade.wallet.toLowerCase();
    let agg = byWallet.get(key);
    if (!agg) {
      agg = {
        wallet: key,
        name: trade.name,
        totalVolume: 0,
        tradeCount: 0,
        marketsActive: 0,
        largestTrade: 0,
        firstTradeTime: trade.time,
        lastTradeTime: trade.time,
        trades: [],
      };
      byWallet.set(key, agg);
    }
    const notional = tradeNotional(trade);
    agg.totalVolume += notional;
    agg.tradeCount += 1;
    agg.largestTrade = Math.max(agg.largestTrade, notional);
    agg.firstTradeTime = Math.min(agg.firstTradeTime, trade.time);
    agg.lastTradeTime = Math.max(agg.lastTradeTime, trade.time);
    if (!agg.name && trade.name) agg.name = trade.name;
    agg.trades.push(trade);
  }
  for (const agg of byWallet.values()) {
    agg.marketsActive = new Set(agg.trades.map((t) => t.conditionId)).size;
  }
  return [...byWallet.values()].sort((a, b) => b.totalVolume - a.totalVolume);
}

/** Above the volume threshold, or at least one single trade above the trade threshold. */
export function isWhale(agg: WalletAggregate, thresholds: WhaleThresholds): boolean {
  return (
    agg.totalVolume >= toMicros(thresholds.minWhaleVolumeUsd) ||
    agg.largestTrade >= toMicros(thresholds.minWhaleTradeUsd)
  );
}
