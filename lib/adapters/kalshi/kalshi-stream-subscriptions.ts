import { parseKalshiTokenId } from './kalshi-token-id';
import { LiveKalshiBidLists } from './live-bid-lists';

interface Entry {
  lists: LiveKalshiBidLists;
  /** The subscription ids Kalshi gave this market's `subscribe` (order book and ticker). */
  sids: number[];
  /** A snapshot was asked for after a sequence gap and has not come yet. */
  snapshotAsked: boolean;
}

/**
 * What the Kalshi stream is subscribed to: the tokens the monitor asked for, one entry per market
 * (its bid lists and its subscription ids), and the `subscribe` commands waiting for their
 * `subscribed` replies. One `subscribe` per market, so each market's `orderbook_delta` has a
 * `sid` of its own and `seq` (counted per `sid`, kalshi-api.md §6) tells a gap in THAT market.
 */
export class KalshiStreamSubscriptions {
  readonly #tokens = new Set<string>();
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<number, string>();

  tokens(): string[] {
    return [...this.#tokens];
  }

  tickers(): string[] {
    return [...this.#entries.keys()];
  }

  /** Adds tokens; returns the markets that are new (to subscribe when the socket is open). */
  add(tokenIds: readonly string[]): string[] {
    const fresh: string[] = [];
    for (const id of tokenIds) {
      if (this.#tokens.has(id)) continue;
      this.#tokens.add(id);
      const { ticker } = parseKalshiTokenId(id);
      if (this.#entries.has(ticker)) continue;
      this.#entries.set(ticker, { lists: new LiveKalshiBidLists(ticker), sids: [], snapshotAsked: false });
      fresh.push(ticker);
    }
    return fresh;
  }

  /** Removes tokens; returns the subscription ids of the markets no token needs any more. */
  remove(tokenIds: readonly string[]): number[] {
    for (const id of tokenIds) this.#tokens.delete(id);
    const still = new Set([...this.#tokens].map((id) => parseKalshiTokenId(id).ticker));
    const sids: number[] = [];
    for (const [ticker, entry] of this.#entries) {
      if (still.has(ticker)) continue;
      sids.push(...entry.sids);
      this.#entries.delete(ticker);
    }
    return sids;
  }

  /** A `subscribe` command for this market went out with this id. */
  sent(commandId: number, ticker: string): void {
    this.#pending.set(commandId, ticker);
  }

  /** Kalshi answered `subscribed`: the sid belongs to the market of the command. */
  subscribed(commandId: number | undefined, sid: number): void {
    const ticker = commandId === undefined ? undefined : this.#pending.get(commandId);
    const entry = ticker === undefined ? undefined : this.#entries.get(ticker);
    entry?.sids.push(sid);
  }

  lists(ticker: string): LiveKalshiBidLists | undefined {
    return this.#entries.get(ticker)?.lists;
  }

  /** A gap: true the first time (ask for a snapshot once until it comes). */
  askSnapshot(ticker: string): boolean {
    const entry = this.#entries.get(ticker);
    if (!entry || entry.snapshotAsked) return false;
    entry.snapshotAsked = true;
    return true;
  }

  snapshotCame(ticker: string): void {
    const entry = this.#entries.get(ticker);
    if (entry) entry.snapshotAsked = false;
  }

  /** The connection is gone: its sids mean nothing on the next one, the books wait for snapshots. */
  reset(): void {
    this.#pending.clear();
    for (const ticker of this.#entries.keys())
      this.#entries.set(ticker, { lists: new LiveKalshiBidLists(ticker), sids: [], snapshotAsked: false });
  }
}
