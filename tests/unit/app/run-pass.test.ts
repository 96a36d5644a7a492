import { beforeEach, describe, expect, it } from 'vitest';
import { createPassLock } from '../../../lib/adapters/scheduler/pass-lock';
import { runPass } from '../../../lib/app/passes/run-pass';
import type { PassLogRow } from '../../../lib/core/model/rows/pass-log';
import { AppError } from '../../../lib/errors/app-error';

function deps() {
  let t = 1_000;
  let id = 0;
  const rows = new Map<string, PassLogRow>();
  const snapshots: PassLogRow[] = [];
  return {
    rows,
    snapshots,
    advance: (ms: number) => {
      t += ms;
    },
    deps: {
      lock: createPassLock(undefined),
      clock: { now: () => t },
      ids: { next: () => `pass-${++id}` },
      log: {
        put: async (row: PassLogRow) => {
          rows.set(row.id, { ...row });
          snapshots.push({ ...row });
        },
        prune: async () => 0,
      },
    },
  };
}

describe('runPass', () => {
  let d: ReturnType<typeof deps>;
  beforeEach(() => {
    d = deps();
  });

  it('writes a running row first, then the outcome with duration and request count', async () => {
    const result = await runPass(
      'test',
      async (ctx) => {
        ctx.addRequests(3);
        d.advance(250);
        return 'scored 12 markets';
      },
      d.deps,
      5_000,
    );
    expect(d.snapshots[0]).toMatchObject({ pass: 'test', outcome: 'running', finishedAt: null });
    expect(result).toMatchObject({
      ran: true,
      row: { outcome: 'ok', durationMs: 250, requestCount: 3, summary: 'scored 12 markets', error: null },
    });
  });

  it('marks a pass degraded when part of it failed, listing each problem once', async () => {
    const result = await runPass(
      'test',
      async (ctx) => {
        ctx.degrade('News source unavailable.');
        ctx.degrade('News source unavailable.');
        ctx.degrade('2 markets skipped.');
        return undefined;
      },
      d.deps,
      5_000,
    );
    expect(result).toMatchObject({
      ran: true,
      row: { outcome: 'degraded', error: 'News source unavailable. · 2 markets skipped.' },
    });
  });

  it('records a failure with the error message a person can read', async () => {
    const result = await runPass(
      'test',
      async () => {
        throw new AppError('temporary', 'Polymarket is rate limiting us; will retry next pass.', {
          code: 'rate_limited',
        });
      },
      d.deps,
      5_000,
    );
    expect(result).toMatchObject({
      ran: true,
      row: { outcome: 'failed', error: 'Polymarket is rate limiting us; will retry next pass.' },
    });
  });

  it('never runs two passes of one kind at once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let runs = 0;
    const body = async () => {
      runs++;
      await gate;
      return 'done';
    };
    const first = runPass('test', body, d.deps, 5_000);
    const second = await runPass('test', body, d.deps, 5_000);
    expect(second).toEqual({ ran: false, reason: 'already_running' });
    release();
    await expect(first).resolves.toMatchObject({ ran: true });
    expect(runs).toBe(1);
    // Once the first is over, the next one runs.
    await expect(runPass('test', body, d.deps, 5_000)).resolves.toMatchObject({ ran: true });
  });

  it('lets passes of different kinds run side by side', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = runPass(
      'scan',
      async () => {
        await gate;
        return 'scan';
      },
      d.deps,
      5_000,
    );
    await expect(runPass('monitor', async () => 'monitor', d.deps, 5_000)).resolves.toMatchObject({
      ran: true,
    });
    release();
    await slow;
  });

  it('times a pass out, aborts its signal and frees the lock', async () => {
    let aborted = false;
    const result = await runPass(
      'test',
      (ctx) =>
        new Promise<string>((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
          });
          setTimeout(() => resolve('too late'), 500);
        }),
      d.deps,
      20,
    );
    expect(result).toMatchObject({ ran: true, row: { outcome: 'failed', error: 'Timed out after 20 ms.' } });
    expect(aborted).toBe(true);
    await expect(runPass('test', async () => 'next', d.deps, 1_000)).resolves.toMatchObject({ ran: true });
  });
});
