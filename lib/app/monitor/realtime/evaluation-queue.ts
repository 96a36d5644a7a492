import type { Arrival } from './evaluate-position';

/**
 * One evaluation at a time per position, coalesced: events arriving while a position is being
 * evaluated mark it for one more run, timed from the EARLIEST of them. A run starts after the
 * current socket frame has been applied in full (a message may carry both tokens' changes).
 */
export class EvaluationQueue {
  readonly #pending = new Map<string, Arrival>();
  readonly #running = new Set<string>();

  constructor(
    private readonly evaluate: (positionId: string, arrival: Arrival) => Promise<void>,
    private readonly onError: (positionId: string, error: unknown) => void,
  ) {}

  schedule(positionId: string, arrival: Arrival): void {
    if (!this.#pending.has(positionId)) this.#pending.set(positionId, arrival);
    if (!this.#running.has(positionId)) queueMicrotask(() => void this.#run(positionId));
  }

  async #run(positionId: string): Promise<void> {
    if (this.#running.has(positionId)) return;
    this.#running.add(positionId);
    try {
      for (let at = this.#pending.get(positionId); at; at = this.#pending.get(positionId)) {
        this.#pending.delete(positionId);
        await this.evaluate(positionId, at);
      }
    } catch (error) {
      this.#pending.delete(positionId);
      this.onError(positionId, error);
    } finally {
      this.#running.delete(positionId);
    }
  }
}
