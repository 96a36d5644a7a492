import type { Clock } from '../../../lib/adapters/polymarket/http/clock';

interface Timer {
  at: number;
  resolve: () => void;
}

/** Virtual time: sleeps only end when the test advances the clock (see `drive`). */
export class FakeClock implements Clock {
  private current: number;
  private timers: Timer[] = [];

  constructor(start = 1_700_000_000_000) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.current + Math.max(0, ms), resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.timers = this.timers.filter((t) => t !== timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Runs pending work, jumping to the next timer whenever everything is idle, until `promise` settles. */
  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const tracked = promise.finally(() => {
      settled = true;
    });
    tracked.catch(() => undefined);
    for (let guard = 0; !settled && guard < 1_000_000; guard++) {
      await new Promise((r) => setImmediate(r));
      if (settled) break;
      const next = this.timers.reduce<Timer | undefined>((a, t) => (!a || t.at < a.at ? t : a), undefined);
      if (!next) continue;
      this.current = Math.max(this.current, next.at);
      const due = this.timers.filter((t) => t.at <= this.current);
      this.timers = this.timers.filter((t) => t.at > this.current);
      for (const t of due) t.resolve();
    }
    return tracked;
  }
}
