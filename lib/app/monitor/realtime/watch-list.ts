import type { Market } from '../../../core/model/market';
import type { PositionRow } from '../../../core/model/rows/positions';
import type { Watched } from './evaluate-position';

/** The open positions the socket watches, by id and by token, with their markets (fee, closed). */
export class WatchList {
  readonly #positions = new Map<string, Watched>();
  readonly #byToken = new Map<string, string>();
  readonly #markets = new Map<string, Market>();

  /** Replace the list with these positions ('opening' ones are left out: nothing to decide yet). */
  set(rows: readonly PositionRow[]): void {
    this.#positions.clear();
    this.#byToken.clear();
    for (const p of rows) {
      if (p.status === 'opening' || p.status === 'closed') continue;
      const { id: positionId, marketId, yesTokenId, noTokenId, status } = p;
      this.#positions.set(positionId, { positionId, marketId, yesTokenId, noTokenId, status });
      this.#byToken.set(yesTokenId, positionId).set(noTokenId, positionId);
    }
  }

  get size(): number {
    return this.#positions.size;
  }

  tokens(): string[] {
    return [...this.#byToken.keys()];
  }

  watches(tokenId: string): boolean {
    return this.#byToken.has(tokenId);
  }

  positionOf(tokenId: string): string | undefined {
    return this.#byToken.get(tokenId);
  }

  get(positionId: string): Watched | undefined {
    return this.#positions.get(positionId);
  }

  all(): Watched[] {
    return [...this.#positions.values()];
  }

  market(marketId: string): Market | undefined {
    return this.#markets.get(marketId);
  }

  /** The markets of the watched positions. */
  marketIds(): string[] {
    return [...new Set(this.all().map((w) => w.marketId))];
  }

  /** The watched markets' facts, from the shared market cache (lib/app/market-facts.ts). */
  setMarkets(markets: ReadonlyMap<string, Market>): void {
    this.#markets.clear();
    for (const [id, market] of markets) this.#markets.set(id, market);
  }
}
