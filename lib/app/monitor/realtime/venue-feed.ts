import type { VenueId } from '../../../core/model/venue';
import type { Logger } from '../../../log/logger';
import type { Clock } from '../../../ports';
import type { Settings } from '../../../settings/schema';
import type { MarketData } from '../../ports/exchange-port';
import type { MarketWsHandlers, MarketWsStatus } from '../../ports/market-stream-port';
import { bookFeedHandlers } from './book-feed';
import { LocalBooks } from './local-books';
import type { MarketStream, StreamSource } from './market-stream';
import type { VenueRealtimeStatus } from './realtime-status';
import { SocketSession } from './socket-session';

export interface VenueFeedDeps {
  venue: VenueId;
  source: StreamSource;
  marketData: MarketData;
  clock: Clock;
  logger: Logger;
  checkRetryMs: number;
  /** Is this token one of an open position's? */
  watches(tokenId: string): boolean;
  /** A watched token's price moved on this venue's socket. */
  moved(tokenId: string): void;
  /** Any market event (counts and last-message time). */
  received(): void;
  /** This venue's books are trusted again: evaluate its positions once (catch-up). */
  onLive(venue: VenueId): void;
  /** Every socket status, also told to the monitor's listener. */
  onStatus(venue: VenueId, status: MarketWsStatus): void;
  /** The events the monitor handles itself (a market resolved). */
  extra: Pick<MarketWsHandlers, 'onMarketResolved'>;
  /** Is the monitor started (a close then means idle, not stopped)? */
  running(): boolean;
}

/**
 * One venue's socket inside the realtime monitor: its own books and its own session (REST check
 * after every open, books cleared on every drop), so a drop on one venue leaves the other venues'
 * sockets live. Opened only while the venue has tokens to watch; reopened when its settings key
 * (the socket URL) changes.
 */
export class VenueFeed {
  readonly books = new LocalBooks();
  readonly session: SocketSession;
  #stream: MarketStream | null = null;
  #key = '';
  readonly #handlers: MarketWsHandlers;

  constructor(private readonly deps: VenueFeedDeps) {
    this.session = new SocketSession({
      books: this.books,
      marketData: deps.marketData,
      clock: deps.clock,
      logger: deps.logger,
      subscribed: () => this.#stream?.subscriptions ?? [],
      onLive: () => deps.onLive(deps.venue),
      checkRetryMs: deps.checkRetryMs,
    });
    this.#handlers = {
      ...bookFeedHandlers({
        books: this.books,
        watches: deps.watches,
        moved: deps.moved,
        received: deps.received,
      }),
      ...deps.extra,
      onStatus: (status) => {
        deps.onStatus(deps.venue, status);
        this.session.onStatus(status, deps.running());
      },
    };
  }

  get subscriptions(): string[] {
    return this.#stream?.subscriptions ?? [];
  }

  get live(): boolean {
    return this.session.state === 'live';
  }

  /** Match the socket to these tokens (all of this venue), opening it if needed. */
  async sync(tokens: readonly string[], settings: Settings): Promise<void> {
    const key = this.deps.source.key(settings);
    if (this.#stream && key !== this.#key) await this.close();
    this.session.uptime.watching(this.deps.clock.now());
    if (!this.#stream) {
      this.session.newStream();
      this.#key = key;
      this.#stream = this.deps.source.open(this.#handlers, settings);
      this.#stream.subscribe(tokens);
      this.#stream.connect();
      return;
    }
    const wanted = new Set(tokens);
    const gone = this.#stream.subscriptions.filter((t) => !wanted.has(t));
    this.#stream.unsubscribe(gone);
    for (const t of gone) this.books.drop(t);
    this.#stream.subscribe(tokens);
    // New tokens (and any whose REST facts are missing) are seeded from REST before they count.
    await this.session.seed(tokens.filter((t) => !this.books.book(t)));
  }

  /** No position of this venue is open (or the monitor stops): the socket goes. */
  async close(): Promise<void> {
    const closing = this.#stream;
    this.#stream = null;
    await closing?.close();
    this.books.clear();
    this.session.uptime.idle(this.deps.clock.now());
    if (this.session.state !== 'stopped') this.session.state = 'idle';
  }

  status(): VenueRealtimeStatus {
    const problem = this.#stream?.problem ?? null;
    return {
      venue: this.deps.venue,
      state: this.session.state,
      restOnly: problem !== null && !this.live ? problem : null,
      subscribedTokens: this.subscriptions.length,
      reconnects: this.session.reconnects,
      connectedSince: this.session.uptime.since,
    };
  }
}
