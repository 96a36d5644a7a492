import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../lib/app/trading/keyed-lock';

describe('KeyedLock', () => {
  it('runs one section per key at a time, in order', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    let release = () => {};
    const first = lock.run('m', async () => {
      order.push('first start');
      await new Promise<void>((r) => {
        release = r;
      });
      order.push('first end');
    });
    const second = lock.run('m', async () => {
      order.push('second');
    });
    const other = lock.run('n', async () => {
      order.push('other key');
    });
    await other;
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first start', 'other key', 'first end', 'second']);
  });

  it('ticks say whether any section ran for a key since a snapshot (odd while one runs)', async () => {
    const lock = new KeyedLock();
    const before = lock.snapshot();
    expect(before.get('m') ?? 0).toBe(0);
    let inside = -1;
    await lock.run('m', async () => {
      inside = lock.ticks('m');
    });
    expect(inside).toBe(1);
    expect(lock.ticks('m')).toBe(2);
    expect(lock.ticks('n')).toBe(0);
    // A section that throws still ends its tick.
    await expect(lock.run('m', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(lock.ticks('m')).toBe(4);
    expect(lock.snapshot().get('m')).toBe(4);
  });
});
