export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BufferedWriterOptions<T> {
  write(batch: T[]): Promise<void>;
  /** Flush this long after the first buffered item. Default 5 s. */
  flushMs?: number;
  /** Flush at once when this many items wait. Default 500. */
  maxBatch?: number;
  /** Beyond this many waiting items (writes failing or slow), the oldest are dropped. Default 5,000. */
  maxPending?: number;
  timers?: Timers;
  /** Told about a failed write (the batch is dropped). Must not write through this writer. */
  onError?(error: unknown): void;
}

/**
 * Collects items and writes them in batches — never one database write per item. A worker killed
 * between flushes loses at most one interval of items, which is fine for metrics and logs.
 */
export class BufferedWriter<T> {
  readonly #options: Required<Omit<BufferedWriterOptions<T>, 'onError'>> &
    Pick<BufferedWriterOptions<T>, 'onError'>;
  #buffer: T[] = [];
  #timer: unknown;
  #inFlight: Promise<void> = Promise.resolve();
  dropped = 0;

  constructor(options: BufferedWriterOptions<T>) {
    this.#options = { flushMs: 5_000, maxBatch: 500, maxPending: 5_000, timers: realTimers, ...options };
  }

  get pending(): number {
    return this.#buffer.length;
  }

  push(item: T): void {
    this.#buffer.push(item);
    const over = this.#buffer.length - this.#options.maxPending;
    if (over > 0) {
      this.#buffer.splice(0, over);
      this.dropped += over;
    }
    if (this.#buffer.length >= this.#options.maxBatch) void this.flush();
    else this.#timer ??= this.#options.timers.setTimeout(() => void this.flush(), this.#options.flushMs);
  }

  /** Writes what is buffered now (after any write in flight). */
  flush(): Promise<void> {
    if (this.#timer !== undefined) {
      this.#options.timers.clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const batch = this.#buffer;
    this.#buffer = [];
    if (batch.length === 0) return this.#inFlight;
    this.#inFlight = this.#inFlight.then(() =>
      this.#options.write(batch).catch((error: unknown) => this.#options.onError?.(error)),
    );
    return this.#inFlight;
  }
}
