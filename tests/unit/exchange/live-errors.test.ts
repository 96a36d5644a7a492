import { describe, expect, it } from 'vitest';
import { classifyPostFailure, isClientError } from '../../../lib/adapters/exchange/live-errors';
import { isAppError } from '../../../lib/errors/app-error';

describe('classifyPostFailure', () => {
  it('turns definite refusals into rejections with the exchange message kept', () => {
    const fok = "order couldn't be fully filled. FOK orders are fully filled or killed.";
    expect(classifyPostFailure({ error: fok, status: 400 })).toEqual({
      kind: 'validation',
      code: 'fok_not_filled',
      message: fok,
    });
    expect(classifyPostFailure({ error: 'not enough balance / allowance', status: 400 })).toMatchObject({
      kind: 'operational',
      code: 'not_enough_balance',
    });
    expect(
      classifyPostFailure({ error: { error: "'0xabc' address in closed only mode" }, status: 400 }),
    ).toMatchObject({ kind: 'operational', code: 'trading_not_allowed' });
    expect(classifyPostFailure({ error: 'order 0x1 is invalid. Duplicated.', status: 400 })).toMatchObject({
      kind: 'validation',
      code: 'order_invalid',
    });
  });

  it('treats no answer, 425 and 5xx as an unknown outcome (temporary, to reconcile; never re-sent)', () => {
    for (const body of [
      { error: 'socket hang up' },
      { error: 'Too Early', status: 425 },
      { error: 'could not run the execution', status: 500 },
    ]) {
      const result = classifyPostFailure(body);
      expect(isAppError(result) && result.kind).toBe('temporary');
    }
  });

  it('recognises the client error shape', () => {
    expect(isClientError({ error: 'x', status: 400 })).toBe(true);
    expect(isClientError({ success: true })).toBe(false);
    expect(isClientError(null)).toBe(false);
  });
});
