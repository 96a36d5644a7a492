import { describe, expect, it } from 'vitest';
import { triggerText, waitingText } from '../../../lib/app/trading/strategy-texts';
import { describeWaiting } from '../../../lib/core/strategies/single-side-entry';
import { makeBook } from '../core/support/books';

const books = { yes: makeBook([[0.44, 100]], [[0.46, 100]]), no: makeBook([[0.54, 100]], [[0.56, 100]]) };
const reference = { yes: 400_000, no: 600_000 };

describe('single-side strategy texts in coded form', () => {
  it('the waiting reason carries both sides’ prices and moves beside the core’s English', () => {
    expect(describeWaiting('momentum', books, reference, 0.3)).toContain('Waiting for YES or NO to rise');
    expect(waitingText('momentum', books, reference, 0.3)).toEqual({
      code: 'waiting_momentum',
      params: {
        thresholdRatio: 0.3,
        yesFromPrice: 400_000,
        yesToPrice: 450_000,
        yesMove: 0.125,
        noFromPrice: 600_000,
        noToPrice: 550_000,
        noMove: expect.closeTo(-0.0833, 4),
      },
    });
    expect(waitingText('mean_reversion', books, reference, 0.3)?.code).toBe('waiting_mean_reversion');
  });

  it('a side without a price still has its own words', () => {
    expect(waitingText('momentum', books, { yes: null, no: 600_000 }, 0.3)).toEqual({
      code: 'waiting_momentum_no_price',
      params: { thresholdRatio: 0.3 },
    });
  });

  it('the entry note names the side, the move and both prices', () => {
    expect(triggerText({ side: 'yes', move: 0.35, mark: 540_000, reference: 400_000 })).toEqual({
      code: 'trigger_rose',
      params: { side: 'yes', moveRatio: 0.35, fromPrice: 400_000, toPrice: 540_000 },
    });
    expect(triggerText({ side: 'no', move: -0.4, mark: 300_000, reference: 500_000 }).code).toBe(
      'trigger_fell',
    );
  });
});
