import { describe, expect, it } from 'vitest';
import { type LegProgress, nextEntryStep } from '../../../../lib/core/strategy/entry-progress';

const none: LegProgress = { shares: 0, failedBuys: 0, filledBuys: 0 };
const held: LegProgress = { shares: 100, failedBuys: 0, filledBuys: 1 };

describe('nextEntryStep', () => {
  it('starts with YES when a plan is at hand, and abandons an untouched entry without one', () => {
    expect(nextEntryStep(none, none, true)).toEqual({ kind: 'buy', side: 'yes', attempt: 1 });
    expect(nextEntryStep(none, none, false)).toEqual({ kind: 'abort' });
  });

  it('abandons the entry when the first leg fails (nothing was bought)', () => {
    expect(nextEntryStep({ ...none, failedBuys: 1 }, none, true)).toEqual({ kind: 'abort' });
  });

  it('buys the other leg, retries it once, then unwinds the filled leg', () => {
    expect(nextEntryStep(held, none, false)).toEqual({ kind: 'buy', side: 'no', attempt: 1 });
    expect(nextEntryStep(held, { ...none, failedBuys: 1 }, false)).toEqual({
      kind: 'buy',
      side: 'no',
      attempt: 2,
    });
    expect(nextEntryStep(held, { ...none, failedBuys: 2 }, true)).toEqual({ kind: 'unwind', side: 'yes' });
    expect(nextEntryStep({ ...none, failedBuys: 2 }, held, true)).toEqual({ kind: 'unwind', side: 'no' });
    expect(nextEntryStep(none, held, true)).toEqual({ kind: 'buy', side: 'yes', attempt: 1 });
  });

  it('activates once both sides hold shares', () => {
    expect(nextEntryStep(held, held, false)).toEqual({ kind: 'activate' });
  });
});
