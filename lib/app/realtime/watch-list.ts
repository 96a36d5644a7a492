import type { PositionRow } from '../../adapters/storage/schema/positions';
import type { Market } from '../../core/model/market';
import type { MarketData } from '../exchange-port';
import type { Watched } from './evaluate-position';

/** The open positions the socket watches, by id and by token, with their markets (fee, closed). */
export class WatchList {
  readonly #positions = new Map<string, Watched>();
  readonly #byToken = new Map<string, string>();
  readonly #markets = new Map<string, { market: Market; at: number }>();

  /** Replace the list with these positions ('opening' ones are left out: nothing to decide yet). */
  set(rows: readonly PositionRow[]): void {
    this.#positions.clear();
    this.#byToken.clear();
    for (const p of rows) {
      if (p.status === 'opening' || p.status === 'closed') continue;
      const { id: positionId, marketId, yesTokenId, noTokenId } = p;
      this.#positions.set(positionId, { positionId, marketId, yesTokenId, noTokenId });
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
    return this.#markets.get(marketId)?.market;
  }

  /** Re-read the watched markets older than `maxAgeMs` (one batched request). */
  async refreshMarkets(marketData: MarketData, now: number, maxAgeMs: number): Promise<void> {
    const ids = [...new Set(this.all().map((w) => w.marketId))];
    const stale = ids.filter(
      (id) => now - (this.#markets.get(id)?.at ?? Number.NEGATIVE_INFINITY) > maxAgeMs,
    );
    if (stale.length === 0) return;
    for (const [id, market] of await marketData.markets(stale)) this.#markets.set(id, { market, at: now });
  }
}
