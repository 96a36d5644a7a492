import { describe, expect, it } from 'vitest';
import { ConnectionClock } from '../../../lib/app/monitor/realtime/connection-clock';
import type { Arrival } from '../../../lib/app/monitor/realtime/evaluate-position';
import { EvaluationQueue } from '../../../lib/app/monitor/realtime/evaluation-queue';

const at = (mono: number): Arrival => ({ mono, wall: mono });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('EvaluationQueue', () => {
  it('runs after the frame, one at a time per position, coalescing events from the earliest arrival', async () => {
    const runs: Array<[string, number]> = [];
    let release = () => {};
    const queue = new EvaluationQueue(
      async (id, arrival) => {
        runs.push([id, arrival.mono]);
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
      },
      () => {},
    );
    queue.schedule('p', at(1));
    queue.schedule('p', at(2)); // same frame: one run, timed from 1
    expect(runs).toEqual([]);
    await tick();
    expect(runs).toEqual([['p', 1]]);
    queue.schedule('p', at(3)); // while running: one more run afterwards, from 3
    queue.schedule('p', at(4));
    queue.schedule('q', at(5)); // another position is not held up
    await tick();
    expect(runs).toEqual([
      ['p', 1],
      ['q', 5],
    ]);
    release();
    await tick();
    expect(runs).toEqual([
      ['p', 1],
      ['q', 5],
      ['p', 3],
    ]);
  });

  it('reports a failed evaluation and keeps serving the position', async () => {
    const errors: string[] = [];
    let calls = 0;
    const queue = new EvaluationQueue(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
      },
      (id, e) => errors.push(`${id}: ${(e as Error).message}`),
    );
    queue.schedule('p', at(1));
    await tick();
    queue.schedule('p', at(2));
    await tick();
    expect(errors).toEqual(['p: boom']);
    expect(calls).toBe(2);
  });
});

describe('ConnectionClock', () => {
  it('counts connected time against the time positions were watched', () => {
    const c = new ConnectionClock();
    expect(c.uptimeRatio(0)).toBeNull();
    c.watching(0);
    c.up(10);
    expect(c.since).toBe(10);
    c.down(60);
    c.up(80);
    expect(c.connectedMs(100)).toBe(70);
    expect(c.uptimeRatio(100)).toBeCloseTo(0.7);
    c.idle(100); // no position: the socket's absence is not downtime
    expect(c.uptimeRatio(500)).toBeCloseTo(0.7);
    expect(c.since).toBeNull();
  });
});
