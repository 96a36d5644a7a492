import { describe, expect, it } from 'vitest';
import { applyLegFill, closePosition } from '../../../../lib/core/rules/fill-accounting';
import { makePosition } from '../support/positions';

const opening = makePosition({
  status: 'opening',
  entryPriceYes: 0,
  entryPriceNo: 0,
  capitalYes: 0,
  capitalNo: 0,
  sharesYes: 0,
  sharesNo: 0,
  feesPaid: 0,
});

describe('applyLegFill', () => {
  it('buys both legs: capital includes fees, VWAP entry prices, active once both sides hold', () => {
    const yes = applyLegFill(
      opening,
      { side: 'yes', action: 'buy', shares: 100_000_000, amount: 50_000_000, fee: 1_000_000 },
      'entry',
      5,
    );
    expect(yes).toMatchObject({
      status: 'opening',
      sharesYes: 100_000_000,
      capitalYes: 51_000_000,
      entryPriceYes: 500_000,
      feesPaid: 1_000_000,
    });
    const both = applyLegFill(
      yes,
      { side: 'no', action: 'buy', shares: 125_000_000, amount: 50_000_000, fee: 960_000 },
      'entry',
      5,
    );
    expect(both).toMatchObject({
      status: 'active',
      sharesNo: 125_000_000,
      capitalNo: 50_960_000,
      entryPriceNo: 400_000,
      feesPaid: 1_960_000,
    });
  });

  it('averages a second buy of the same side into the entry price', () => {
    const first = applyLegFill(
      opening,
      { side: 'no', action: 'buy', shares: 10_000_000, amount: 4_000_000, fee: 0 },
      'entry',
      0,
    );
    const second = applyLegFill(
      first,
      { side: 'no', action: 'buy', shares: 10_000_000, amount: 6_000_000, fee: 0 },
      'entry',
      0,
    );
    expect(second.entryPriceNo).toBe(500_000);
    expect(second.capitalNo).toBe(10_000_000);
  });

  it('liquidates the losing side, then closes with the final P&L when the winner is sold', () => {
    const liquidated = applyLegFill(
      makePosition(),
      { side: 'no', action: 'sell', shares: 100_000_000, amount: 30_000_000, fee: 840_000 },
      'liquidation',
      7,
    );
    expect(liquidated).toMatchObject({
      status: 'liquidated',
      liquidatedSide: 'no',
      sharesNo: 0,
      realisedProceeds: 29_160_000,
      feesPaid: 2_840_000,
    });
    const closing = { ...liquidated, closeReason: 'take_profit' as const };
    const closed = applyLegFill(
      closing,
      { side: 'yes', action: 'sell', shares: 100_000_000, amount: 80_000_000, fee: 640_000 },
      'exit',
      9,
    );
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'take_profit',
      closedAt: 9,
      realisedProceeds: 108_520_000,
      pnl: 6_520_000,
    });
  });

  it('writes off unsellable dust and closes an unwound entry as entry_failed', () => {
    const held = { ...opening, sharesYes: 100_004_000, capitalYes: 51_000_000 };
    const unwound = applyLegFill(
      held,
      { side: 'yes', action: 'sell', shares: 100_000_000, amount: 49_000_000, fee: 1_000_000 },
      'unwind',
      3,
    );
    expect(unwound).toMatchObject({
      status: 'closed',
      closeReason: 'entry_failed',
      sharesYes: 0,
      pnl: -3_000_000,
    });
  });

  it('keeps a partly sold side open and uses manual as the default close reason', () => {
    const partial = applyLegFill(
      makePosition(),
      { side: 'yes', action: 'sell', shares: 50_000_000, amount: 25_000_000, fee: 0 },
      'exit',
      1,
    );
    expect(partial).toMatchObject({ status: 'active', sharesYes: 50_000_000 });
    const onlyNo = makePosition({ sharesYes: 0 });
    const closed = applyLegFill(
      onlyNo,
      { side: 'no', action: 'sell', shares: 100_000_000, amount: 50_000_000, fee: 0 },
      'exit',
      1,
    );
    expect(closed.closeReason).toBe('manual');
  });
});

describe('closePosition', () => {
  it('adds the payout and makes the P&L final', () => {
    const closed = closePosition(
      makePosition({ sharesNo: 0, realisedProceeds: 20_000_000 }),
      'resolution',
      100_000_000,
      4,
    );
    expect(closed).toMatchObject({
      status: 'closed',
      sharesYes: 0,
      realisedProceeds: 120_000_000,
      pnl: 18_000_000,
      closeReason: 'resolution',
      closedAt: 4,
    });
  });
});
