import { describe, expect, it } from 'vitest';
import { NO_FEE } from '../../../../lib/core/model/fees';
import { decidePosition } from '../../../../lib/core/rules/decide';
import { nextOneLegStep } from '../../../../lib/core/rules/entry-progress';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import type { SizingInput } from '../../../../lib/core/rules/sizing';
import { sizingMessage } from '../../../../lib/core/rules/sizing-text';
import { exitParamsFor } from '../../../../lib/core/strategies/exit-params';
import {
  describeWaiting,
  pickSingleSide,
  planSingleSide as plan,
  type SideSignal,
  watchProgress,
} from '../../../../lib/core/strategies/single-side-entry';
import { makeBook } from '../support/books';
import { makePosition } from '../support/positions';

const params = DEFAULT_STRATEGY_PARAMS;
/** A book whose mark (mid) is `mid`, one cent either side, 1,000 shares a level. */
const around = (mid: number, tokenId: string) =>
  makeBook([[mid - 0.01, 1_000]], [[mid + 0.01, 1_000]], { tokenId });
const books = (yes: number, no: number) => ({ yes: around(yes, 'y'), no: around(no, 'n') });
const ref = { yes: 400_000, no: 600_000 };

/** A sizing result with its English words beside a refusal, as a note or a log says it (sizingMessage). */
const planSingleSide = (signal: SideSignal, input: SizingInput) => {
  const result = plan(signal, input);
  return result.ok ? result : { ...result, message: sizingMessage(result) };
};

describe('pickSingleSide (the live and backtest trigger)', () => {
  it('momentum buys the side that rose by the threshold; mean reversion the side that fell', () => {
    // YES 40¢ → 53¢ is +32.5 %; NO 60¢ → 47¢ is −21.7 %.
    expect(pickSingleSide('momentum', books(0.53, 0.47), ref, 0.3)).toEqual({
      side: 'yes',
      move: (530_000 - 400_000) / 400_000,
      mark: 530_000,
      reference: 400_000,
    });
    expect(pickSingleSide('mean_reversion', books(0.53, 0.47), ref, 0.3)).toBeNull();
    // NO 60¢ → 41¢ is −31.7 %.
    expect(pickSingleSide('mean_reversion', books(0.59, 0.41), ref, 0.3)?.side).toBe('no');
  });

  it('fires at exactly the threshold, not below it', () => {
    const even = { yes: 500_000, no: 500_000 };
    expect(pickSingleSide('momentum', books(0.65, 0.35), even, 0.3)?.side).toBe('yes');
    expect(pickSingleSide('momentum', books(0.64, 0.36), even, 0.3)).toBeNull();
  });

  it('never buys outside 5¢–95¢ and needs a reference', () => {
    expect(pickSingleSide('momentum', books(0.96, 0.04), { yes: 500_000, no: 500_000 }, 0.3)).toBeNull();
    expect(pickSingleSide('momentum', books(0.6, 0.4), { yes: null, no: null }, 0.01)).toBeNull();
  });

  it('says what it is waiting for, with both moves', () => {
    expect(describeWaiting('momentum', books(0.44, 0.56), ref, 0.3)).toBe(
      'Waiting for YES or NO to rise 30% from the price first seen: YES 40¢ → 44¢ (+10%), NO 60¢ → 56¢ (−6.67%).',
    );
  });
});

function sizing(overrides: Partial<SizingInput> = {}): SizingInput {
  return {
    bankroll: 1_000_000_000,
    freeCollateral: 1_000_000_000,
    books: books(0.53, 0.47),
    feeRate: NO_FEE,
    params,
    ...overrides,
  };
}

describe('watchProgress (the dashboard watch list)', () => {
  it('names the side closest to the trigger and how far along it is', () => {
    const marks = { yes: 460_000, no: 540_000 };
    // Momentum: YES +15 % of 30 % → halfway; mean reversion: NO −10 % of 30 % → a third.
    expect(watchProgress('momentum', marks, ref, 0.3)).toEqual({ side: 'yes', move: 0.15, progress: 0.5 });
    const mr = watchProgress('mean_reversion', marks, ref, 0.3);
    expect(mr?.side).toBe('no');
    expect(mr?.progress).toBeCloseTo(1 / 3, 12);
    expect(watchProgress('momentum', { yes: null, no: null }, ref, 0.3)).toBeNull();
  });
});

describe('planSingleSide', () => {
  const signal = { side: 'yes' as const, move: 0.325, mark: 530_000, reference: 400_000 };

  it('puts the whole position capital ($100 of $1,000) on the signalled side, the other leg empty', () => {
    const result = planSingleSide(signal, sizing());
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.no).toBeNull();
    expect(result.plan.capital).toBe(100_000_000);
    // $100 at 54¢ = 185.185185 shares, all on the best ask level: limit 54¢, no fee.
    expect(result.plan.yes).toMatchObject({
      budget: 100_000_000,
      limitPrice: 540_000,
      expectedShares: 185_185_185,
      expectedFee: 0,
    });
    expect(result.plan.expectedOutlay).toBeLessThanOrEqual(100_000_000);
  });

  it('keeps the taker fee inside the capital and the budget in whole cents', () => {
    const result = planSingleSide(signal, sizing({ feeRate: { rate: 0.04, exponent: 1 } }));
    if (!result.ok || !result.plan.yes) throw new Error('expected a plan');
    const leg = result.plan.yes;
    // fee on $100 at 54¢: 185.185185 × 0.04 × 0.54 × 0.46 = $1.84 → budget $98.16.
    expect(leg.budget).toBe(98_160_000);
    expect(leg.budget % 10_000).toBe(0);
    expect(leg.expectedCost + leg.expectedFee).toBeLessThanOrEqual(100_000_000);
    expect(result.plan.expectedOutlay).toBe(leg.expectedCost + leg.expectedFee);
  });

  it('refuses a wide spread, too much slippage, or no capital, saying why', () => {
    const wide = { ...books(0.53, 0.47), yes: makeBook([[0.45, 1_000]], [[0.55, 1_000]], { tokenId: 'y' }) };
    expect(planSingleSide(signal, sizing({ books: wide }))).toMatchObject({
      ok: false,
      reason: 'spread',
      message: 'YES spread 10¢ is wider than 3¢',
      params: { side: 'yes', spreadPrice: 100_000, maxSpreadPrice: 30_000 },
    });
    const thin = {
      ...books(0.53, 0.47),
      yes: makeBook(
        [[0.53, 1_000]],
        [
          [0.54, 10],
          [0.6, 1_000],
        ],
        { tokenId: 'y' },
      ),
    };
    expect(planSingleSide(signal, sizing({ books: thin }))).toMatchObject({ ok: false, reason: 'slippage' });
    expect(planSingleSide(signal, sizing({ freeCollateral: 0 }))).toMatchObject({
      ok: false,
      reason: 'no_capital',
    });
  });
});

describe('single-side entries and exits', () => {
  const none = { shares: 0, failedBuys: 0, filledBuys: 0 };
  it('buys the one planned leg, activates once it holds shares, abandons a killed buy', () => {
    expect(nextOneLegStep(none, none, 'no')).toEqual({ kind: 'buy', side: 'no', attempt: 1 });
    expect(nextOneLegStep(none, { shares: 5, failedBuys: 0, filledBuys: 1 }, 'no')).toEqual({
      kind: 'activate',
    });
    expect(nextOneLegStep(none, { ...none, failedBuys: 1 }, 'no')).toEqual({ kind: 'abort' });
    // After a restart there is no fresh plan: never send a stale order.
    expect(nextOneLegStep(none, none, null)).toEqual({ kind: 'abort' });
  });

  it('never liquidates a single-side position (nothing to hedge): its stop-loss closes it', () => {
    // A momentum position: $100 of YES at 54¢, no NO at all.
    const position = makePosition({
      yesTokenId: 'y',
      noTokenId: 'n',
      entryPriceYes: 540_000,
      entryPriceNo: 0,
      capitalYes: 100_000_000,
      capitalNo: 0,
      sharesYes: 185_185_185,
      sharesNo: 0,
      feesPaid: 0,
    });
    const state = { closed: false, resolvedOutcome: null, feeRate: NO_FEE };
    // YES fell from 54¢ to 30¢ (−44 %, past the 30 % divergence threshold and the 15 % stop-loss).
    const fallen = books(0.3, 0.7);
    const single = decidePosition(position, fallen, state, exitParamsFor('momentum', params), 1);
    expect(single).toMatchObject({ kind: 'close', reason: 'stop_loss' });
    expect(exitParamsFor('balancing', params)).toBe(params);
  });
});
