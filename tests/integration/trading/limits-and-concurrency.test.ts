import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../lib/errors/app-error';
import type { Handler } from '../../../lib/messaging/router';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from './support/fake-books';
import { makeHarness, passContext } from './support/trading-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 60, seed: 21, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const sender = { kind: 'extension-page' as const, url: undefined };
const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

describe('double enter and handlers', () => {
  it('two "enter" clicks at once give one position and one set of orders', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake);
    const enter = h.services.handlers['position.enter'] as Handler<'position.enter'>;
    const results = await Promise.allSettled([
      enter({ marketId: market.id }, sender),
      enter({ marketId: market.id }, sender),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(codeOf(rejected?.status === 'rejected' ? rejected.reason : null)).toBe('already_in_market');
    expect(await h.store.positions.all()).toHaveLength(1);
    expect((await h.store.trades.list()).length).toBe(2);
  });

  it('previews an entry, closes by message, and resets the paper wallet only when flat', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake);
    const preview = await (h.services.handlers['position.preview'] as Handler<'position.preview'>)(
      { marketId: market.id },
      sender,
    );
    expect(preview).toMatchObject({
      mode: 'paper',
      blocked: null,
      totalCost: 99_960_000,
      totalFees: 1_960_000,
    });
    expect(preview.yes).toMatchObject({
      cost: 49_000_000,
      shares: 98_000_000,
      bestAsk: 500_000,
      worstPrice: 500_000,
      fee: 980_000,
      depthWithinSlippage: 505_000_000,
    });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const reset = h.services.handlers['paper.reset'] as Handler<'paper.reset'>;
    expect(codeOf(await reset({}, sender).catch((e: unknown) => e))).toBe('paper_positions_open');
    const closeAll = await (h.services.handlers['positions.closeAll'] as Handler<'positions.closeAll'>)(
      {},
      sender,
    );
    expect(closeAll.message).toBe('1 of 1 position closed.');
    expect(closeAll.text).toEqual({ code: 'closed_some', params: { closed: 1, total: 1 } });
    expect(await h.store.positions.get(positionId)).toMatchObject({
      status: 'closed',
      closeReason: 'manual',
    });
    expect((await reset({}, sender)).message).toContain('reset');
  });
});

describe('risk limits', () => {
  it('refuses entries past the limits, with the rule that stopped them', async () => {
    const first = prepareMarket(fake, marketIndex++);
    const second = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake, { settings: { strategy: { maxPositions: 1 } } });
    const entered = await h.services.engine.enter(first.id);
    expect(entered.text).toEqual({ code: 'entered', params: { market: first.question } });
    const refused = await h.services.engine.enter(second.id).catch((e: unknown) => e);
    expect(codeOf(refused)).toBe('max_positions');
    // The refusal carries its machine form for the UI's language (errors.max_positions).
    expect(isAppError(refused) && refused.text).toEqual({
      code: 'max_positions',
      params: { open: 1, max: 1 },
    });

    const exposure = await makeHarness(fake, { settings: { limits: { maxTotalExposureUsd: 50 } } });
    const preview = await exposure.services.engine.preview(second.id);
    expect(preview.blocked).toContain('above your $50 limit');
    expect(preview.blockedText).toMatchObject({
      code: 'max_exposure',
      params: { limitUsd: 50_000_000, exposureUsd: expect.any(Number) },
    });

    second.endDateMs = fake.state.nowMs + 3_600_000;
    const late = await makeHarness(fake);
    expect(codeOf(await late.services.engine.enter(second.id).catch((e: unknown) => e))).toBe(
      'too_close_to_end',
    );
    second.endDateMs = fake.state.nowMs + 10 * 86_400_000;

    const killed = await makeHarness(fake, { settings: { killSwitch: true } });
    const error = await killed.services.engine.enter(second.id).catch((e: unknown) => e);
    expect(isAppError(error) && [error.kind, error.code]).toEqual(['operational', 'kill_switch']);
  });

  it('a stop-loss starts the cooldown and a big loss trips the daily breaker (kill switch on)', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake, {
      settings: { limits: { dailyLossLimitUsd: 5 }, strategy: { divergenceThreshold: 0.9 } },
    });
    await h.services.engine.enter(market.id);
    // The spread widens to 0.40/0.60 on both sides: marks stay 0.50 (no divergence) but each side
    // now sells for 98 × 0.40 − 0.9408 = 38.2592: P&L −23.44 (−23 %) → stop-loss, above the $5 daily limit.
    setYesBook(fake, market, [[0.4, 500]], [[0.6, 500]]);
    expect(await h.services.monitorPass(passContext().ctx)).toContain('1 closed');
    const [closed] = await h.store.positions.all();
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'stop_loss' });
    expect((await h.store.settings.get()).killSwitch).toBe(true);
    await h.store.settings.update({ killSwitch: false, limits: { dailyLossLimitUsd: null } });
    prepareMarket(fake, marketIndex - 1);
    expect(codeOf(await h.services.engine.enter(market.id).catch((e: unknown) => e))).toBe(
      'stop_loss_cooldown',
    );
  });
});
