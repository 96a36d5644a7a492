import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 40, seed: 7, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

describe('the fake Polymarket serves holdingRewardsEnabled like Gamma', () => {
  it('flags its long-dated political markets and no other, and the product reads the flag', async () => {
    const politics = fake.state.markets.find((m) => m.category === 'politics');
    const other = fake.state.markets.find((m) => m.category !== 'politics');
    if (!politics || !other) throw new Error('the fake has no political market');
    const raw = (await (await fetch(`${fake.gammaUrl}/markets/${politics.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(raw.holdingRewardsEnabled).toBe(true);
    const clients = createPolymarketClients({
      endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
      maxAttempts: 1,
    });
    const flagged = await clients.gamma.getMarketById(politics.id);
    const plain = await clients.gamma.getMarketById(other.id);
    expect(flagged?.ok && flagged.market.holdingRewardsEnabled).toBe(true);
    expect(plain?.ok && plain.market.holdingRewardsEnabled).toBe(false);
  });
});
