import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../lib/adapters/exchange/paper-account';
import type { TradingStep } from '../../lib/app/trading/trading-deps';
import { type FakePolymarket, startFakePolymarket } from '../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { liveSetup } from '../integration/trading/support/live-vault';
import { type Harness, makeHarness, passContext } from '../integration/trading/support/trading-harness';
import { HARDHAT_ADDRESS } from '../unit/vault/vault-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 31, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const STEPS: TradingStep[] = ['intent_written', 'intent_sent', 'order_answered', 'result_recorded'];

function killAt(step: TradingStep, occurrence: number) {
  let seen = 0;
  return {
    afterStep: (s: TradingStep) => {
      if (s === step && ++seen === occurrence) throw new Error(`worker killed after ${s}`);
    },
  };
}

async function orders(h: Harness, mode: 'paper' | 'live'): Promise<number> {
  if (mode === 'live') return fake.requestLog.count('POST', '/order');
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.orders.length ?? 0;
}

async function held(h: Harness, mode: 'paper' | 'live', tokenId: string): Promise<number> {
  if (mode === 'live') return Number(fake.state.accounts.position(HARDHAT_ADDRESS, tokenId).size);
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.shares[tokenId] ?? 0;
}

async function entered(mode: 'paper' | 'live') {
  const market = prepareMarket(fake, marketIndex++);
  const live = mode === 'live' ? (await liveSetup()).live : undefined;
  const h = await makeHarness(fake, { settings: { mode }, live });
  const { positionId = '' } = await h.services.engine.enter(market.id);
  return { market, h, positionId, before: await orders(h, mode) };
}

/** After recovery: unique intents, one trade per intent, exchange holdings = position holdings. */
async function expectConsistent(h: Harness, mode: 'paper' | 'live', positionId: string, tokens: string[]) {
  const position = await h.store.positions.get(positionId);
  const intents = await h.store.orderIntents.listByPosition(positionId);
  expect(intents.every((i) => i.status === 'filled' || i.status === 'failed')).toBe(true);
  expect(new Set(intents.map((i) => i.clientKey)).size).toBe(intents.length);
  const trades = await h.store.trades.listByPosition(positionId);
  expect(new Set(trades.map((t) => t.intentId)).size).toBe(trades.length);
  expect(await held(h, mode, tokens[0] ?? '')).toBe(position?.sharesYes);
  expect(await held(h, mode, tokens[1] ?? '')).toBe(position?.sharesNo);
  return { position, trades };
}

describe.each(['paper', 'live'] as const)('%s: a worker killed during a liquidation or a close', (mode) => {
  it.each(STEPS)('liquidation, killed after %s → one sale after one recovery pass', async (step) => {
    const { market, h, positionId, before } = await entered(mode);
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    if (mode === 'live') fake.requestLog.reset();
    const dying = h.restart(killAt(step, 1));
    await expect(dying.engine.liquidate(positionId, 'yes')).rejects.toThrow('worker killed');

    const restarted = h.restart();
    await restarted.monitorPass(passContext().ctx); // reconcile first, then decide on fresh books
    await restarted.monitorPass(passContext().ctx); // a second pass changes nothing

    const tokens = market.tokens.map((t) => t.tokenId);
    const { position, trades } = await expectConsistent(h, mode, positionId, tokens);
    expect(position).toMatchObject({ status: 'liquidated', liquidatedSide: 'yes', sharesYes: 0 });
    expect(trades.filter((t) => t.action === 'sell' && t.status === 'filled')).toHaveLength(1);
    const sells = (await orders(h, mode)) - (mode === 'live' ? 0 : before);
    expect(sells).toBe(1);
  });

  it.each(STEPS.flatMap((s) => [1, 2].map((n) => [s, n] as const)))(
    'close, killed after %s #%i → both sides sold once after one recovery pass',
    async (step, occurrence) => {
      const { market, h, positionId, before } = await entered(mode);
      if (mode === 'live') fake.requestLog.reset();
      const dying = h.restart(killAt(step, occurrence));
      await expect(dying.engine.closePosition(positionId)).rejects.toThrow('worker killed');

      await h.restart().reconcile();
      const tokens = market.tokens.map((t) => t.tokenId);
      const { position, trades } = await expectConsistent(h, mode, positionId, tokens);
      expect(position).toMatchObject({ status: 'closed', sharesYes: 0, sharesNo: 0 });
      const sold = trades.filter((t) => t.action === 'sell' && t.status === 'filled');
      expect(sold.map((t) => t.side).sort()).toEqual(['no', 'yes']);
      expect((await orders(h, mode)) - (mode === 'live' ? 0 : before)).toBe(2);
    },
  );
});
