import { describe, expect, it } from 'vitest';
import { haltedEntryStep, type LegProgress, nextEntryStep } from '../../../../lib/core/rules/entry-progress';

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

describe('haltedEntryStep (kill switch during an entry)', () => {
  it('turns the next buy into an unwind of the lone filled leg, or an abandon when nothing is held', () => {
    expect(haltedEntryStep({ kind: 'buy', side: 'no', attempt: 1 }, held, none)).toEqual({
      kind: 'unwind',
      side: 'yes',
    });
    expect(haltedEntryStep({ kind: 'buy', side: 'yes', attempt: 2 }, none, held)).toEqual({
      kind: 'unwind',
      side: 'no',
    });
    expect(haltedEntryStep({ kind: 'buy', side: 'yes', attempt: 1 }, none, none)).toEqual({ kind: 'abort' });
  });
  it('lets a complete entry activate and an unwind proceed', () => {
    expect(haltedEntryStep({ kind: 'activate' }, held, held)).toEqual({ kind: 'activate' });
    expect(haltedEntryStep({ kind: 'unwind', side: 'yes' }, held, none)).toEqual({
      kind: 'unwind',
      side: 'yes',
    });
  });
});
