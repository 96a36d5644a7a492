import { SeededRandom } from '../../fake-polymarket/scenarios/seeded-random.ts';
import type { FakeKalshiState } from '../state/fake-kalshi-state.ts';
import { type FakeKalshiMarket, LINEAR_CENT } from '../state/kalshi-market-model.ts';

const TOPICS = ['RAIN', 'FED', 'CPI', 'GDP', 'SNOW', 'OIL', 'BTC', 'ELECT'];
const CENT = 10_000;

/**
 * Deterministic events of three markets each, on the linear-cent grid (one market in four on the
 * tapered deci-cent grid), with a bids-only ladder on both sides and 48 hourly past prices.
 */
export function seedKalshiMarkets(state: FakeKalshiState, options: { markets: number; seed: number }): void {
  const rng = new SeededRandom(options.seed);
  const nowSec = Math.floor(state.nowMs / 1000);
  for (let i = 0; i < options.markets; i += 1) {
    const topic = TOPICS[Math.floor(i / 3) % TOPICS.length] ?? 'RAIN';
    const seriesTicker = `KX${topic}`;
    const eventTicker = `${seriesTicker}-26JUN${String(10 + Math.floor(i / 3)).padStart(2, '0')}`;
    if (!state.events.has(eventTicker))
      state.events.set(eventTicker, {
        eventTicker,
        seriesTicker,
        title: `${topic} on June ${10 + Math.floor(i / 3)}, 2026`,
        subTitle: `Event ${Math.floor(i / 3) + 1}`,
        category: 'Economics',
        mutuallyExclusive: false,
      });
    const mid = rng.int(15, 85) * CENT;
    const tapered = i % 4 === 3;
    const market: FakeKalshiMarket = {
      ticker: `${eventTicker}-T${i}`,
      eventTicker,
      seriesTicker,
      title: `Will ${topic} be above ${i} on June ${10 + Math.floor(i / 3)}, 2026?`,
      status: 'active',
      result: '',
      openTimeMs: state.nowMs - 7 * 86_400_000,
      closeTimeMs: state.nowMs + (10 + i) * 86_400_000,
      ranges: tapered
        ? [
            { start: 0, end: 100_000, step: 1_000 },
            { start: 100_000, end: 900_000, step: CENT },
            { start: 900_000, end: 1_000_000, step: 1_000 },
          ]
        : LINEAR_CENT,
      priceLevelStructure: tapered ? 'tapered_deci_cent' : 'linear_cent',
      yesBids: new Map(),
      noBids: new Map(),
      lastPrice: mid,
      volume: rng.int(100, 5000) * 1_000_000,
      openInterest: rng.int(50, 2000) * 1_000_000,
      history: [],
      rulesPrimary: `If ${topic} is above ${i} on the close date, then the market resolves to Yes.`,
    };
    for (let level = 1; level <= 5; level += 1) {
      market.yesBids.set(mid - level * CENT, rng.int(5, 200) * 1_000_000);
      market.noBids.set(1_000_000 - mid - level * CENT, rng.int(5, 200) * 1_000_000);
    }
    let price = mid;
    for (let h = 48; h >= 1; h -= 1) {
      price = Math.min(950_000, Math.max(50_000, price + rng.int(-2, 2) * CENT));
      market.history.push([nowSec - h * 3600, price]);
    }
    state.markets.set(market.ticker, market);
  }
}
