import { describe, expect, it } from 'vitest';
import { toMicros } from '../../../../lib/core/model/money';

/** The fast path (values already on the micro grid) must agree with the exact string path. */
function slow(n: number, rounding: 'down' | 'up' | 'nearest'): number {
  const scaled = Number((n * 1e6).toFixed(6));
  if (rounding === 'down') return Math.floor(scaled + 1e-9);
  if (rounding === 'up') return Math.ceil(scaled - 1e-9);
  return Math.round(scaled);
}

describe('toMicros fast path', () => {
  it('agrees with the exact path on grid values and on values between grid points', () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 50_000; i++) {
      const onGrid = Math.round(next() * 2e9) / 1e6;
      const between = next() * 2000;
      for (const n of [onGrid, between, -onGrid]) {
        for (const r of ['down', 'up', 'nearest'] as const) expect(toMicros(n, r)).toBe(slow(n, r));
      }
    }
  });

  it('keeps the classic float traps exact', () => {
    expect(toMicros(0.29)).toBe(290_000);
    expect(toMicros(0.29, 'down')).toBe(290_000);
    expect(toMicros(0.1 + 0.2, 'up')).toBe(300_000);
    expect(toMicros('0.0001')).toBe(100);
  });
});
