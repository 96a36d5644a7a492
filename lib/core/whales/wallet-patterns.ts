import type { Micros } from '../model/money';
import type { WalletAggregate } from './aggregate-wallets';
import { tradeNotional } from './trade-record';

const HOUR_MS = 3_600_000;

export interface PatternOptions {
  /** Window for "many buys in a short time". Default 1 h. */
  accumulationWindowMs: number;
  /** Buys inside that window that count as accumulation. Default 3. */
  accumulationMinBuys: number;
  /** A wallet first seen less than this long ago is fresh. Default 7 days. */
  freshWindowMs: number;
}

export const DEFAULT_PATTERN_OPTIONS: Readonly<PatternOptions> = Object.freeze({
  accumulationWindowMs: HOUR_MS,
  accumulationMinBuys: 3,
  freshWindowMs: 7 * 24 * HOUR_MS,
});

/** Net direction of a wallet in one market: positive USD leans YES (outcome 0), negative NO. */
export interface NetSide {
  side: 'yes' | 'no' | 'flat';
  netUsd: Micros;
}

export interface WalletPatterns {
  netSideByMarket: Record<string, NetSide>;
  /** Share of the wallet's observed volume in its biggest market (0–1). */
  concentration: number;
  topMarket: string | null;
  /** Most buys seen inside one accumulation window, and whether that counts as accumulation. */
  maxBuysInWindow: number;
  accumulating: boolean;
  /** First seen recently — only claimed when we have watched for longer than one fresh window (see freshWindowMs). */
  fresh: boolean;
}

function netSides(agg: WalletAggregate): Record<string, NetSide> {
  const net = new Map<string, Micros>();
  for (const t of agg.trades) {
    if (t.outcomeIndex !== 0 && t.outcomeIndex !== 1) continue;
    const towardYes = (t.side === 'BUY') === (t.outcomeIndex === 0);
    const amount = tradeNotional(t);
    net.set(t.conditionId, (net.get(t.conditionId) ?? 0) + (towardYes ? amount : -amount));
  }
  const out: Record<string, NetSide> = {};
  for (const [market, usd] of net)
    out[market] = { side: usd > 0 ? 'yes' : usd < 0 ? 'no' : 'flat', netUsd: usd };
  return out;
}

function concentration(agg: WalletAggregate): { share: number; top: string | null } {
  const byMarket = new Map<string, Micros>();
  for (const t of agg.trades)
    byMarket.set(t.conditionId, (byMarket.get(t.conditionId) ?? 0) + tradeNotional(t));
  let top: string | null = null;
  let topVolume = 0;
  for (const [market, volume] of byMarket) {
    if (volume > topVolume) [top, topVolume] = [market, volume];
  }
  return { share: agg.totalVolume > 0 ? topVolume / agg.totalVolume : 0, top };
}

function maxBuysInWindow(agg: WalletAggregate, windowMs: number): number {
  const times = agg.trades
    .filter((t) => t.side === 'BUY')
    .map((t) => t.time)
    .sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] as number) - (times[start] as number) > windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * The behaviour worth showing next to a whale. `firstSeenAt` is when we first saw the wallet and
 * `observedSince` when we started watching: before one fresh window has passed, nobody is "fresh".
 */
export function walletPatterns(
  agg: WalletAggregate,
  firstSeenAt: number,
  observedSince: number,
  now: number,
  options: PatternOptions = DEFAULT_PATTERN_OPTIONS,
): WalletPatterns {
  const { share, top } = concentration(agg);
  const buys = maxBuysInWindow(agg, options.accumulationWindowMs);
  const watchedLongEnough = now - observedSince >= options.freshWindowMs;
  return {
    netSideByMarket: netSides(agg),
    concentration: share,
    topMarket: top,
    maxBuysInWindow: buys,
    accumulating: buys >= options.accumulationMinBuys,
    fresh: watchedLongEnough && now - firstSeenAt < options.freshWindowMs,
  };
}
