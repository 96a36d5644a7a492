import type { Logger } from '../../../log/logger';
import type { Clock } from '../../../ports';
import type { MarketData } from '../../ports/exchange-port';
import type { MarketWsStatus } from '../../ports/market-stream-port';
import { ConnectionClock } from './connection-clock';
import type { LocalBooks } from './local-books';
import type { RealtimeState } from './realtime-status';
import { checkAgainstRest, type SnapshotCheck } from './snapshot-check';

export interface SocketSessionDeps {
  books: LocalBooks;
  marketData: MarketData;
  clock: Clock;
  logger: Logger;
  /** The tokens subscribed now (checked against REST after each open). */
  subscribed: () => readonly string[];
  /** The books are trusted again: evaluate every position once (catch-up). */
  onLive: () => void;
  checkRetryMs: number;
}

/**
 * The socket's state as the monitor trusts it: every open is followed by a batched REST check of
 * the books before the state turns 'live'; every close or drop clears the books. An epoch counter
 * discards a check that finishes after the socket it was made for has gone.
 */
export class SocketSession {
  state: RealtimeState = 'idle';
  readonly uptime = new ConnectionClock();
  reconnects = 0;
  checks = 0;
  mismatches = 0;
  lastCheck: SnapshotCheck | null = null;
  #epoch = 0;
  #streamWasOpen = false;

  constructor(private readonly deps: SocketSessionDeps) {}

  /** A new socket object is about to connect (its first open is not a reconnect). */
  newStream(): void {
    this.#streamWasOpen = false;
  }

  onStatus(status: MarketWsStatus, running: boolean): void {
    const now = this.deps.clock.now();
    this.#epoch += 1;
    if (status === 'open') {
      if (this.#streamWasOpen) this.reconnects += 1;
      this.#streamWasOpen = true;
      this.uptime.up(now);
      this.state = 'verifying';
      void this.#verify(this.#epoch);
      return;
    }
    this.uptime.down(now);
    this.deps.books.clear();
    if (status === 'closed') this.state = running ? 'idle' : 'stopped';
    else this.state = status === 'connecting' ? 'connecting' : 'down';
  }

  /** Seed tokens added while live (their tick size and minimum size come only from REST). */
  seed(tokens: readonly string[]): Promise<void> {
    return this.state === 'live' ? this.#check(tokens, this.#epoch) : Promise.resolve();
  }

  async #check(tokens: readonly string[], epoch: number): Promise<void> {
    if (tokens.length === 0) return;
    const rest = await this.deps.marketData.books(tokens);
    if (epoch !== this.#epoch) return;
    this.lastCheck = checkAgainstRest(this.deps.books, rest);
    this.checks += 1;
    this.mismatches += this.lastCheck.mismatched.length;
    if (this.lastCheck.mismatched.length > 0)
      this.deps.logger.warn('socket books differed from REST: REST adopted', {
        tokens: this.lastCheck.mismatched.length,
      });
  }

  async #verify(epoch: number): Promise<void> {
    try {
      await this.#check(this.deps.subscribed(), epoch);
      if (epoch !== this.#epoch) return;
      this.state = 'live';
      this.deps.onLive();
    } catch (error) {
      this.deps.logger.warn('REST check of the socket books failed: retrying', { message: String(error) });
      setTimeout(() => epoch === this.#epoch && void this.#verify(epoch), this.deps.checkRetryMs);
    }
  }
}
