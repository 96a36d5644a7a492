import { describe, expect, it } from 'vitest';
import { formatNotification, plainText } from '../../../lib/core/notify/format-notification';
import {
  admit,
  EMPTY_THROTTLE,
  flushDue,
  type OutgoingNotification,
} from '../../../lib/core/notify/notify-throttle';
import { entry, errorEvent } from './notify-fixtures';

const WINDOW = 600_000;

describe('notification throttle', () => {
  it('turns an error storm of 500 into one message and one summary', () => {
    let state = EMPTY_THROTTLE;
    const sent: OutgoingNotification[] = [];
    for (let i = 0; i < 500; i++) {
      const result = admit(state, errorEvent(), 1_000 + i * 1_000, WINDOW);
      state = result.state;
      if (result.outgoing) sent.push(result.outgoing);
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]?.repeats).toBeNull();
    // Before the window has passed, nothing is due.
    expect(flushDue(state, 1_000 + WINDOW - 1, WINDOW).outgoing).toEqual([]);
    const flushed = flushDue(state, 1_000 + WINDOW, WINDOW);
    expect(flushed.outgoing).toHaveLength(1);
    const summary = flushed.outgoing[0];
    if (!summary) throw new Error('no summary');
    expect(summary.repeats).toEqual({ count: 498, sinceMs: WINDOW });
    expect(plainText(formatNotification(summary))).toContain('(and 498 more errors in the last 10 min)');
    // Nothing left to say.
    expect(flushDue(flushed.state, 1_000 + 3 * WINDOW, WINDOW).outgoing).toEqual([]);
  });

  it('folds the count into the next message of the key after the window', () => {
    let { state } = admit(EMPTY_THROTTLE, errorEvent(), 0, WINDOW);
    state = admit(state, errorEvent(), 10, WINDOW).state;
    state = admit(state, errorEvent(), 20, WINDOW).state;
    const next = admit(state, errorEvent(), WINDOW + 5, WINDOW);
    expect(next.outgoing?.repeats).toEqual({ count: 2, sinceMs: WINDOW + 5 });
  });

  it('keeps keys apart: other codes, other positions, tests', () => {
    let state = admit(EMPTY_THROTTLE, errorEvent('a'), 0, WINDOW).state;
    const other = admit(state, errorEvent('b'), 1, WINDOW);
    expect(other.outgoing).not.toBeNull();
    state = admit(other.state, entry, 2, WINDOW).state;
    expect(admit(state, { ...entry, positionId: 'p2' }, 3, WINDOW).outgoing).not.toBeNull();
    state = admit(state, { type: 'test', channel: 'telegram' }, 4, WINDOW).state;
    expect(admit(state, { type: 'test', channel: 'telegram' }, 5, WINDOW).outgoing).not.toBeNull();
  });

  it('drops quiet entries once their window has passed', () => {
    const { state } = admit(EMPTY_THROTTLE, entry, 0, WINDOW);
    expect(Object.keys(flushDue(state, WINDOW, WINDOW).state)).toEqual([]);
  });
});
