/**
 * One async critical section per key (a market id): a double-clicked "enter", or two pages acting
 * on one market at once, run one after the other, never interleaved. In-memory: the service worker
 * is the only context that trades, and every position write runs inside its market's section.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();
  readonly #ticks = new Map<string, number>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const section = async () => {
      this.#tick(key);
      try {
        return await fn();
      } finally {
        this.#tick(key);
      }
    };
    const run = previous.then(section, section);
    const tail = run.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return run;
  }

  /**
   * Sections of `key` started plus ended so far (odd while one runs). Taken before a read and
   * compared inside a later section, it says whether anything ran for the key in between.
   */
  ticks(key: string): number {
    return this.#ticks.get(key) ?? 0;
  }

  /** Every key's ticks now (a key never locked has 0), to take before a batch read. */
  snapshot(): ReadonlyMap<string, number> {
    return new Map(this.#ticks);
  }

  #tick(key: string): void {
    this.#ticks.set(key, this.ticks(key) + 1);
  }
}
