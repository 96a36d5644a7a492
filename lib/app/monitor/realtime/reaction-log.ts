import { percentile } from '../../../core/metrics/percentile';

/** One decision the socket triggered, timed from the event's arrival (monotonic milliseconds). */
export interface Reaction {
  positionId: string;
  marketId: string;
  kind: 'liquidate' | 'close';
  /** Always 'realtime': the alarm pass does not write here. */
  trigger: 'realtime';
  /** Wall-clock time the triggering socket message arrived (epoch ms). */
  eventAt: number;
  /** Event arrival → decision handed to the engine. */
  toEngineMs: number;
  /** Event arrival → order handed to the exchange (`send`); null when no order left. */
  toSendMs: number | null;
  /** Event arrival → the engine returned (fill recorded or order refused). */
  toDoneMs: number;
  /** What the engine did, as the fresh decision inside the market lock saw it. */
  outcome: 'acted' | 'already_handled' | 'failed';
}

export interface ReactionSummary {
  count: number;
  p50SendMs: number | null;
  p99SendMs: number | null;
  maxSendMs: number | null;
}

/** The last `capacity` reactions, oldest first, with percentiles for the Health view and the bench. */
export class ReactionLog {
  readonly #items: Reaction[] = [];

  constructor(private readonly capacity = 200) {}

  add(reaction: Reaction): void {
    this.#items.push(reaction);
    if (this.#items.length > this.capacity) this.#items.splice(0, this.#items.length - this.capacity);
  }

  list(): Reaction[] {
    return [...this.#items];
  }

  summary(): ReactionSummary {
    const sends = this.#items.flatMap((r) => (r.toSendMs === null ? [] : [r.toSendMs]));
    return {
      count: this.#items.length,
      p50SendMs: percentile(sends, 50),
      p99SendMs: percentile(sends, 99),
      maxSendMs: sends.length > 0 ? Math.max(...sends) : null,
    };
  }
}
