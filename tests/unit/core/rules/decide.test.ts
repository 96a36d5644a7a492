import { describe, expect, it } from 'vitest';
import { describeDecision } from '../../../../lib/app/monitor/decision-words';
import { decidePosition, type MarketState } from '../../../../lib/core/rules/decide';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { makeBook } from '../support/books';
import { NOW } from '../support/markets';
import { makePosition } from '../support/positions';

const params = DEFAULT_STRATEGY_PARAMS;
const open: MarketState = { closed: false, resolvedOutcome: null, feeRate: { rate: 0.04, exponent: 1 } };
const side = (bid: number, ask: number, tokenId: string, size = 500) =>
  makeBook([[bid, size]], [[ask, size]], { tokenId });
const steady = { yes: side(0.49, 0.51, 'yes-token'), no: side(0.49, 0.51, 'no-token') };
const diverged = { yes: side(0.69, 0.71, 'yes-token'), no: side(0.29, 0.31, 'no-token') };
const liquidated = makePosition({
  status: 'liquidated',
  liquidatedSide: 'no',
  sharesNo: 0,
  realisedProceeds: 28_176_400,
});

describe('decidePosition', () => {
  it('holds a balanced position inside every limit', () => {
    // each side: 49 − 0.9996 fee → pnl = 96.0008 − 102 = −5.88 %
    expect(decidePosition(makePosition(), steady, open, params, NOW)).toEqual({
      kind: 'hold',
      note: 'within_limits',
      decidedAt: NOW,
    });
  });

  it('liquidates the side whose mark fell 40 % (NO 0.50 → 0.30)', () => {
    const d = decidePosition(makePosition(), diverged, open, params, NOW);
    expect(d).toEqual({
      kind: 'liquidate',
      side: 'no',
      shares: 100_000_000,
      drop: 0.4,
      // 100 × 0.29 = 29 − fee 0.8236
      sell: {
        side: 'no',
        tokenId: 'no-token',
        shares: 100_000_000,
        limitPrice: 290_000,
        expectedProceeds: 28_176_400,
      },
      entryPrice: 500_000,
      markPrice: 300_000,
      threshold: 0.3,
      decidedAt: NOW,
    });
    expect(describeDecision(d)).toBe('NO fell 40% from entry 50¢ to 30¢ (limit 30%): sell 100 NO shares');
  });

  it('takes profit on the whole position once liquidated (threshold 20 %)', () => {
    const books = { yes: side(0.95, 0.96, 'yes-token'), no: makeBook([], []) };
    const d = decidePosition(liquidated, books, open, { ...params, takeProfit: 0.2 }, NOW);
    // 28.1764 + (95 − 0.19) − 102 = 20.9864 → +20.57 %
    expect(d).toMatchObject({
      kind: 'close',
      reason: 'take_profit',
      pnl: 20_986_400,
      sells: [
        {
          side: 'yes',
          tokenId: 'yes-token',
          shares: 100_000_000,
          limitPrice: 950_000,
          expectedProceeds: 94_810_000,
        },
      ],
    });
    expect(describeDecision(d)).toBe('Position up 20.57% ($20.99), take-profit 20%: sell everything held');
    expect(decidePosition(liquidated, books, open, params, NOW)).toMatchObject({
      kind: 'hold',
      note: 'within_limits',
    });
  });

  it('does not liquidate again once liquidated, even if the winner now falls', () => {
    const books = { yes: side(0.3, 0.32, 'yes-token'), no: makeBook([], []) };
    // 28.1764 + 30 − 100 × 0.04 × 0.3 × 0.7 (0.84) − 102 = −44.6636 → stop-loss, not a liquidation
    expect(decidePosition(liquidated, books, open, params, NOW)).toMatchObject({
      kind: 'close',
      reason: 'stop_loss',
      pnl: -44_663_600,
    });
  });

  it('stops the loss when both sides fall together and sells both', () => {
    const books = { yes: side(0.41, 0.43, 'yes-token'), no: side(0.41, 0.43, 'no-token') };
    const d = decidePosition(makePosition(), books, open, params, NOW);
    expect(d).toMatchObject({
      kind: 'close',
      reason: 'stop_loss',
      pnl: -21_935_200,
    });
    expect(describeDecision(d)).toBe('Position down 21.51% (-$21.94), stop-loss 15%: sell everything held');
    expect(d.kind === 'close' && d.sells.map((s) => [s.side, s.shares, s.limitPrice])).toEqual([
      ['yes', 100_000_000, 410_000],
      ['no', 100_000_000, 410_000],
    ]);
    const off = { ...params, stopLossEnabled: false };
    expect(decidePosition(makePosition(), books, open, off, NOW)).toMatchObject({ kind: 'hold' });
  });

  it('holds rather than dumping into bids too thin to take the shares', () => {
    const books = { yes: side(0.41, 0.43, 'yes-token', 10), no: side(0.41, 0.43, 'no-token') };
    expect(decidePosition(makePosition(), books, open, params, NOW)).toMatchObject({
      kind: 'hold',
      note: 'no_exit_liquidity',
    });
  });

  it('checks resolution first: held shares pay 1 or 0', () => {
    const resolvedYes: MarketState = {
      closed: true,
      resolvedOutcome: 0,
      feeRate: { rate: 0.04, exponent: 1 },
    };
    const yes = decidePosition(makePosition(), diverged, resolvedYes, params, NOW);
    expect(yes).toEqual({ kind: 'resolve', winner: 0, payout: 100_000_000, decidedAt: NOW });
    expect(describeDecision(yes)).toBe('Market resolved YES: held shares pay $100');
    const resolvedNo: MarketState = { ...resolvedYes, resolvedOutcome: 1 };
    const no = decidePosition(liquidated, steady, resolvedNo, params, NOW);
    expect(no).toMatchObject({ kind: 'resolve', payout: 0 });
    expect(describeDecision(no)).toBe('Market resolved NO: held shares pay $0');
  });

  it('waits when the market is closed but not yet resolved, and ignores closed positions', () => {
    const closedMarket: MarketState = {
      closed: true,
      resolvedOutcome: null,
      feeRate: { rate: 0.04, exponent: 1 },
    };
    expect(decidePosition(makePosition(), diverged, closedMarket, params, NOW)).toMatchObject({
      note: 'awaiting_resolution',
    });
    expect(decidePosition(makePosition({ status: 'closed' }), diverged, open, params, NOW)).toMatchObject({
      note: 'not_open',
    });
  });

  it('checks divergence before take-profit / stop-loss', () => {
    // NO mark 0.20 (−60 %) and the whole position down more than 15 %: liquidation comes first.
    const books = { yes: side(0.55, 0.57, 'yes-token'), no: side(0.19, 0.21, 'no-token') };
    expect(decidePosition(makePosition(), books, open, params, NOW)).toMatchObject({
      kind: 'liquidate',
      side: 'no',
    });
  });
});
