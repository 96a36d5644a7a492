import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from './support/fake-books';
import { makeHarness } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 7, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

describe('the entry preview says where the position starts against the stop-loss (issue 21 item 5)', () => {
  it('a wide book starts the position several points down, and the preview matches the P&L after entry', async () => {
    const market = prepareMarket(fake, 0);
    // YES bids 0.46 / asks 0.50 (NO bids 0.50 / asks 0.54): a 4¢ spread on each side.
    setYesBook(fake, market, [[0.46, 1000]], [[0.5, 1000]]);
    const h = await makeHarness(fake, { settings: { strategy: { stopLoss: 0.15, maxSpread: 0.1 } } });
    const preview = await h.services.engine.preview(market.id);
    expect(preview.blocked).toBeNull();
    expect(preview.stopLoss).toBe(0.15);
    // Bought at 50¢/54¢, worth 46¢/50¢ at the bids, fees on both ways: about 9–10 % down at once.
    expect(preview.startPnlRatio).toBeLessThan(-0.08);
    expect(preview.startPnlRatio).toBeGreaterThan(-0.12);

    const { positionId = '' } = await h.services.engine.enter(market.id);
    const { valuePosition } = await import('../../../lib/core/rules/valuation');
    const position = await h.store.positions.get(positionId);
    const [yes, no] = await h.marketData.books([market.tokens[0].tokenId, market.tokens[1].tokenId]);
    if (!position || !yes || !no) throw new Error('entry failed');
    const value = valuePosition(position, { yes, no }, { rate: 0.04, exponent: 1 });
    // The monitor's first P&L is what the preview announced.
    expect(value.pnlPercent).toBeCloseTo(preview.startPnlRatio, 3);
  });
});
