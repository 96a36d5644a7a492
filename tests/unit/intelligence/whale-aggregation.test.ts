import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataTradeSchema } from '../../../lib/adapters/polymarket/schemas/data-trade';
import { toTradeRecord } from '../../../lib/app/whales/fetch-trades';
import { aggregateWallets, isWhale } from '../../../lib/core/whales/aggregate-wallets';
import { summariseMarketWhales } from '../../../lib/core/whales/market-whale-summary';
import { dedupeTrades, type TradeRecord, tradeNotional } from '../../../lib/core/whales/trade-record';
import { walletPatterns } from '../../../lib/core/whales/wallet-patterns';
import { FIXTURE_DIR } from '../polymarket/fixtures';

const FIXTURES = FIXTURE_DIR;
function recorded(name: string): TradeRecord[] {
  const raw = JSON.parse(readFileSync(`${FIXTURES}/data-api-trades.${name}.json`, 'utf8')) as unknown[];
  return raw.map((r) => toTradeRecord(dataTradeSchema.parse(r)));
}

const HOUR = 3_600_000;
function trade(over: Partial<TradeRecord>): TradeRecord {
  return {
    wallet: '0xw',
    name: '',
    conditionId: '0xm1',
    tokenId: '1',
    outcomeIndex: 0,
    side: 'BUY',
    size: 10_000_000_000,
    price: 500_000,
    time: 100 * HOUR,
    transactionHash: `0x${Math.random()}`,
    ...over,
  };
}

describe('whale aggregation on recorded Data API trades', () => {
  it('aggregates every recorded trade by wallet with exact notionals', () => {
    for (const name of ['ra1nty', 'trader_evaluator']) {
      const trades = recorded(name);
      const wallets = aggregateWallets(trades);
      expect(wallets.reduce((s, w) => s + w.tradeCount, 0)).toBe(trades.length);
      expect(wallets.reduce((s, w) => s + w.totalVolume, 0)).toBe(
        trades.reduce((s, t) => s + tradeNotional(t), 0),
      );
      for (const w of wallets) expect(w.wallet).toBe(w.wallet.toLowerCase());
    }
  });

  it('classifies whales by volume or single trade (thresholds in USD)', () => {
    const trades = recorded('ra1nty');
    const first = trades[0] as TradeRecord;
    // 3.28888 shares at 0.90 → $2.959992, floored to the micro.
    expect(tradeNotional(first)).toBe(2_959_992);
    const wallets = aggregateWallets(trades);
    const biggest = wallets[0];
    if (!biggest) throw new Error('no wallets');
    expect(isWhale(biggest, { minWhaleVolumeUsd: 1e9, minWhaleTradeUsd: 1e9 })).toBe(false);
    expect(isWhale(biggest, { minWhaleVolumeUsd: biggest.totalVolume / 1e6, minWhaleTradeUsd: 1e9 })).toBe(
      true,
    );
    expect(isWhale(biggest, { minWhaleVolumeUsd: 1e9, minWhaleTradeUsd: biggest.largestTrade / 1e6 })).toBe(
      true,
    );
  });

  it('deduplicates the same fill seen by two queries', () => {
    const trades = recorded('trader_evaluator');
    expect(dedupeTrades([...trades, ...trades])).toHaveLength(trades.length);
  });
});

describe('wallet patterns', () => {
  const buys = [0, 10, 20, 30].map((m) => trade({ time: 100 * HOUR + m * 60_000, transactionHash: `b${m}` }));
  const noBuy = trade({
    conditionId: '0xm2',
    outcomeIndex: 1,
    side: 'BUY',
    size: 2_000_000_000,
    transactionHash: 'n',
  });
  const [agg] = aggregateWallets([...buys, noBuy]);
  if (!agg) throw new Error('no aggregate');

  it('finds net side per market, concentration and accumulation', () => {
    const p = walletPatterns(agg, 0, 0, 101 * HOUR);
    expect(p.netSideByMarket['0xm1']).toEqual({ side: 'yes', netUsd: 20_000_000_000 });
    expect(p.netSideByMarket['0xm2']).toEqual({ side: 'no', netUsd: -1_000_000_000 });
    expect(p.topMarket).toBe('0xm1');
    expect(p.concentration).toBeCloseTo(20 / 21, 6);
    expect(p.maxBuysInWindow).toBe(5);
    expect(p.accumulating).toBe(true);
  });

  it('calls a wallet fresh only after watching for a whole fresh window', () => {
    const now = 30 * 24 * HOUR;
    expect(walletPatterns(agg, now - HOUR, now - HOUR, now).fresh).toBe(false);
    expect(walletPatterns(agg, now - HOUR, 0, now).fresh).toBe(true);
    expect(walletPatterns(agg, now - 8 * 24 * HOUR, 0, now).fresh).toBe(false);
  });

  it('summarises whale activity per market over 24 h', () => {
    const now = 101 * HOUR;
    const old = trade({ wallet: '0xa', time: now - 25 * HOUR, transactionHash: 'old' });
    const small = trade({ wallet: '0xsmall', size: 1_000_000, transactionHash: 's' });
    const summary = summariseMarketWhales([...buys, old, small], new Set(), 4_000, now);
    expect(summary.get('0xm1')).toEqual({
      conditionId: '0xm1',
      whaleVolume24h: 20_000_000_000,
      distinctWhales: 1,
    });
    const known = summariseMarketWhales([small], new Set(['0xsmall']), 4_000, now);
    expect(known.get('0xm1')?.distinctWhales).toBe(1);
  });
});
