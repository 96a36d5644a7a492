import { withBookChanges } from '../exchange/book-change-publisher.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket, TickSize } from '../state/market-model.ts';
import { quoteHouseLadder } from './house-liquidity.ts';
import { nextMid, type PathKind, type PathState } from './price-path.ts';
import { resolveMarket } from './resolve-market.ts';
import type { SeededRandom } from './seeded-random.ts';
import { whaleBuy } from './whales.ts';

const HOUR = 3_600_000;

/** Explicit-time scenario control: nothing moves unless step()/advance() is called. */
export class ScenarioDriver {
  readonly paths = new Map<string, PathState>();
  /** chance per step and scripted market that a whale sweeps the book */
  whaleChance = 0.02;

  constructor(
    private readonly state: FakePolymarketState,
    private readonly rng: SeededRandom,
    private readonly whales: string[],
    readonly stepMs = 60_000,
  ) {}

  now(): number {
    return this.state.nowMs;
  }

  /** Gives a market a scripted price path; 'resolution' also moves its end date to `resolveInMs` from now. */
  script(market: FakeMarket, kind: PathKind, resolveInMs = 30 * this.stepMs): void {
    const direction = this.rng.next() < 0.5 ? 1 : -1;
    this.paths.set(market.conditionId, { kind, mid: market.lastTradePrice || 0.5, steps: 0, direction });
    if (kind === 'resolution') market.endDateMs = this.state.nowMs + resolveInMs;
  }

  advance(ms: number): void {
    const target = this.state.nowMs + ms;
    while (this.state.nowMs + this.stepMs <= target) this.step();
    this.state.nowMs = target;
  }

  step(): void {
    const previousHour = Math.floor(this.state.nowMs / HOUR);
    this.state.nowMs += this.stepMs;
    const crossedHour = Math.floor(this.state.nowMs / HOUR) !== previousHour;
    for (const [conditionId, path] of this.paths) {
      const market = this.state.market(conditionId);
      if (!market || market.closed) continue;
      if (path.kind === 'resolution' && this.state.nowMs >= market.endDateMs) {
        resolveMarket(this.state, market, path.direction === 1 ? 0 : 1);
        continue;
      }
      path.steps += 1;
      path.mid = nextMid(path, this.rng);
      this.requote(market, path.mid);
      if (this.whales.length > 0 && this.rng.next() < this.whaleChance) {
        whaleBuy(
          this.state,
          this.rng.pick(this.whales),
          market,
          this.rng.int(0, 1) as 0 | 1,
          this.rng.range(2_000, 20_000),
        );
      }
      if (crossedHour)
        market.history.push({
          t: Math.floor(this.state.nowMs / HOUR) * 3600,
          p: Number(path.mid.toFixed(4)),
        });
    }
  }

  resolve(market: FakeMarket, winnerIndex: 0 | 1): void {
    resolveMarket(this.state, market, winnerIndex);
  }

  /** Re-centres the house ladder of a market on a YES mid (pushes price_change). */
  requote(market: FakeMarket, mid: number): void {
    const depth = Math.max(20, market.liquidity / 40);
    withBookChanges(this.state, market, () =>
      quoteHouseLadder(this.state.book(market), market, { mid, levels: 10, depth }, this.rng),
    );
  }

  /**
   * Changes a market's tick mid-session, as Polymarket does near 0 and 1: books, /tick-size and
   * /clob-markets serve the new tick at once, and the socket sends tick_size_change for each token.
   */
  changeTickSize(market: FakeMarket, tickSize: TickSize): void {
    const old = market.tickSize;
    market.tickSize = tickSize;
    for (const token of market.tokens) {
      this.state.feed.publish({
        event_type: 'tick_size_change',
        asset_id: token.tokenId,
        market: market.conditionId,
        old_tick_size: old,
        new_tick_size: tickSize,
        timestamp: String(this.state.nowMs),
      });
    }
  }
}
