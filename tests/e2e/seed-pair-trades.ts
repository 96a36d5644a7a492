import { seedRows } from './seed-data';

const HOUR = 3_600_000;

/**
 * History with on-chain legs: the usual seeded rows, plus a paper position entered by a split (100
 * pairs at mids 61¢/39¢, gas $0.003 shared half and half) and left by a merge on take-profit (mids
 * 72¢/28¢), and a live resolved position redeemed on chain — as the engine records them (split-entry.ts,
 * merge-exit.ts, redeem: `via` on the legs, `action: 'redeem'`).
 */
export function pairTradeRows(now: number) {
  const seeded = seedRows(now);
  const base = seeded.trades[0];
  const closedBase = seeded.positions[2];
  if (!base || !closedBase) throw new Error('no seeded rows');
  const market = {
    positionId: 'pos-split',
    marketId: 'm-split',
    marketName: 'Will the ECB cut rates in October?',
  };
  const leg = (id: string, over: Record<string, unknown>) => ({
    ...base,
    ...market,
    id,
    intentId: `chain-${id}`,
    orderId: null,
    transactionHash: `0x${id.replace(/[^a-f0-9]/g, 'a').padEnd(64, '0')}`,
    ...over,
  });
  const trades = [
    ...seeded.trades,
    leg('split-yes', {
      via: 'split',
      price: 610_000,
      amount: 61_001_500,
      shares: 100_000_000,
      fee: 1_500,
      executedAt: now - 3 * HOUR,
    }),
    leg('split-no', {
      via: 'split',
      side: 'no',
      price: 390_000,
      amount: 39_001_500,
      shares: 100_000_000,
      fee: 1_500,
      executedAt: now - 3 * HOUR,
    }),
    leg('merge-yes', {
      via: 'merge',
      action: 'sell',
      reason: 'take_profit',
      price: 720_000,
      amount: 71_998_750,
      shares: 100_000_000,
      fee: 1_250,
      executedAt: now - 10 * 60_000,
    }),
    leg('merge-no', {
      via: 'merge',
      side: 'no',
      action: 'sell',
      reason: 'take_profit',
      price: 280_000,
      amount: 27_998_750,
      shares: 100_000_000,
      fee: 1_250,
      executedAt: now - 10 * 60_000,
    }),
    leg('redeem', {
      positionId: 'pos-redeemed',
      marketId: 'm-redeemed',
      marketName: 'Who wins the Ballon d’Or? — Mbappé',
      action: 'redeem',
      reason: 'redeem',
      mode: 'live',
      price: 1_000_000,
      amount: 40_000_000,
      shares: 80_000_000,
      fee: 0,
      burnedYes: 40_000_000,
      burnedNo: 40_000_000,
      executedAt: now - 5 * 60_000,
    }),
  ];
  const positions = [
    ...seeded.positions,
    {
      ...closedBase,
      ...market,
      conditionId: '0xcond-split',
      entryTime: now - 3 * HOUR,
      entryPriceYes: 610_000,
      entryPriceNo: 390_000,
      capitalYes: 61_001_500,
      capitalNo: 39_001_500,
      sharesYes: 0,
      sharesNo: 0,
      splitPairs: 100_000_000,
      splitGas: 3_000,
      feesPaid: 5_500,
      realisedProceeds: 99_997_500,
      pnl: -5_500,
      closeReason: 'take_profit',
      closedAt: now - 10 * 60_000,
    },
  ];
  return { trades, positions };
}
