import { type Micros, toMicros } from '../model/money';
import { type TradeRecord, tradeNotional } from './trade-record';

/** What the scorer needs about whales in one market (strategy.md whale activity). */
export interface MarketWhaleSummary {
  conditionId: string;
  whaleVolume24h: Micros;
  distinctWhales: number;
}

const DAY_MS = 24 * 3_600_000;

/**
 * Whale trades of the last 24 h per market. A trade is a whale trade when its wallet is a known
 * whale or the trade alone is at least `minWhaleTradeUsd`. Trades after `now` are ignored.
 */
export function summariseMarketWhales(
  trades: readonly TradeRecord[],
  whaleWallets: ReadonlySet<string>,
  minWhaleTradeUsd: number,
  now: number,
): Map<string, MarketWhaleSummary> {
  const minTrade = toMicros(minWhaleTradeUsd);
  const volume = new Map<string, Micros>();
  const wallets = new Map<string, Set<string>>();
  for (const t of trades) {
    if (t.time > now || t.time < now - DAY_MS) continue;
    const notional = tradeNotional(t);
    const wallet = t.wallet.toLowerCase();
    if (!whaleWallets.has(wallet) && notional < minTrade) continue;
    volume.set(t.conditionId, (volume.get(t.conditionId) ?? 0) + notional);
    const set = wallets.get(t.conditionId) ?? new Set<string>();
    set.add(wallet);
    wallets.set(t.conditionId, set);
  }
  const out = new Map<string, MarketWhaleSummary>();
  for (const [conditionId, v] of volume) {
    out.set(conditionId, {
      conditionId,
      whaleVolume24h: v,
      distinctWhales: wallets.get(conditionId)?.size ?? 0,
    });
  }
  return out;
}
