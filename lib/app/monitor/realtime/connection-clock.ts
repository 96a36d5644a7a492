/** Uptime bookkeeping of the socket: current connection, time connected, share of the watched time. */
export class ConnectionClock {
  #since: number | null = null;
  #connectedMs = 0;
  #watchedMs = 0;
  #watchingSince: number | null = null;

  /** Positions are open: the socket is wanted from now on. */
  watching(now: number): void {
    this.#watchingSince ??= now;
  }

  /** No position open: the socket is not wanted (its absence is not downtime). */
  idle(now: number): void {
    this.down(now);
    if (this.#watchingSince !== null) this.#watchedMs += now - this.#watchingSince;
    this.#watchingSince = null;
  }

  up(now: number): void {
    if (this.#since !== null) return;
    this.#since = now;
  }

  down(now: number): void {
    if (this.#since === null) return;
    this.#connectedMs += now - this.#since;
    this.#since = null;
  }

  get since(): number | null {
    return this.#since;
  }

  connectedMs(now: number): number {
    return this.#connectedMs + (this.#since === null ? 0 : now - this.#since);
  }

  /** Share of the watched time the socket was up; null before any position was watched. */
  uptimeRatio(now: number): number | null {
    const watched = this.#watchedMs + (this.#watchingSince === null ? 0 : now - this.#watchingSince);
    return watched > 0 ? Math.min(1, this.connectedMs(now) / watched) : null;
  }
}
