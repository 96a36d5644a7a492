/**
 * The interfaces lib/app needs from the outside world. Adapters implement them; tests fake them.
 */

/** Wall clock, injected so passes and the core never read Date.now themselves. */
export interface Clock {
  now(): number;
}

/** Unique ids (uuid in production, counters in tests). */
export interface IdSource {
  next(): string;
}

/**
 * A named single-flight lock shared by every context of the extension (navigator.locks in the
 * browser). `runExclusive` returns `{ acquired: false }` at once when the lock is held.
 */
export interface PassLock {
  runExclusive<T>(
    name: string,
    fn: () => Promise<T>,
  ): Promise<{ acquired: true; value: T } | { acquired: false }>;
}

/** Periodic alarms (chrome.alarms). */
export interface AlarmScheduler {
  ensure(name: string, periodMinutes: number): Promise<void>;
  clear(name: string): Promise<void>;
}
