/**
 * Orders waiting out a market's matching delay (Gamma `secondsDelay`): each runs its matching once,
 * after the delay on a real timer, or at once when a test calls releaseAll(). close() drops them.
 */
export class DelayedOrders {
  readonly #pending = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => void }>();

  schedule(orderId: string, delayMs: number, run: () => void): void {
    const timer = setTimeout(() => this.#run(orderId), delayMs);
    timer.unref?.();
    this.#pending.set(orderId, { timer, run });
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Match every waiting order now (in the order they were accepted). */
  releaseAll(): void {
    for (const id of [...this.#pending.keys()]) this.#run(id);
  }

  close(): void {
    for (const { timer } of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
  }

  #run(orderId: string): void {
    const entry = this.#pending.get(orderId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.#pending.delete(orderId);
    entry.run();
  }
}
