import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { cashFromTrades } from '../../../lib/core/model/bankroll';
import type { SettingsPatch } from '../../../lib/settings/parse-settings';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';
import { type Harness, makeHarness } from '../trading/support/trading-harness';

/**
 * Issue 18 items 1 and 2 in paper mode against the fake Polymarket: the entry preview compares both
 * books with a split, the position opens the cheaper way, and a close merges the pairs it holds
 * when that returns more, selling only the unpaired rest.
 */
let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 18, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const STARTING = 1_000_000_000;
/** Modelled gas of a plain wallet (signature type 0, the default): 50 gwei, $0.25 a POL. */
const SPLIT_GAS = 2_937;
const MERGE_GAS = 2_351;

const base: SettingsPatch = {
  strategy: { takeProfitEnabled: false, stopLossEnabled: false, maxSpread: 0.1, entryMethod: 'auto' },
};
const withMethod = (entryMethod: 'auto' | 'books' | 'split'): SettingsPatch => ({
  strategy: { ...base.strategy, entryMethod },
});

async function account(h: Harness) {
  const stored = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
  if (!stored) throw new Error('no paper account yet');
  return stored;
}

/** The paper wallet, the trades and the position agree (History's cash is the wallet's). */
async function expectMoneyAddsUp(h: Harness) {
  const wallet = await account(h);
  expect(cashFromTrades(STARTING, await h.store.trades.list())).toBe(wallet.collateral);
  return wallet;
}

function feeFree(market: ReturnType<typeof prepareMarket>) {
  market.feesEnabled = false;
  market.feeSchedule = { exponent: 1, rate: 0, takerOnly: true, rebateRate: 0 };
}

describe('entry by split or by the books (paper)', () => {
  it('a 2¢ spread and a 4 % fee: the preview picks the split, and the position is minted at $1 a pair plus gas', async () => {
    const market = prepareMarket(fake, 0);
    setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
    const h = await makeHarness(fake, { settings: base });
    const preview = await h.services.engine.preview(market.id);
    const method = preview.entryMethod;
    expect(method).toMatchObject({
      method: 'split',
      reason: 'split-cheaper',
      choice: 'auto',
      gasPaidBy: 'wallet',
    });
    if (!method) throw new Error('no method');
    // The books cost the spread and two fees: more than $1 a pair; the split costs $1 a pair + gas.
    expect(method.splitCost).toBe(method.pairs + SPLIT_GAS);
    expect(method.booksCost).toBeGreaterThan(method.pairs * 1.02);
    expect(method.saving).toBe(method.booksCost - method.splitCost);
    expect(preview.totalCost).toBe(method.splitCost);

    const { positionId = '' } = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(positionId);
    expect(position).toMatchObject({
      status: 'active',
      entryMethod: 'split',
      splitPairs: method.pairs,
      splitGas: SPLIT_GAS,
      sharesYes: method.pairs,
      sharesNo: method.pairs,
      feesPaid: SPLIT_GAS,
    });
    // Cost basis: each pair's $1 shared by the mids (50¢ / 50¢), the gas half and half.
    expect(position?.capitalYes).toBe(method.pairs / 2 + Math.floor(SPLIT_GAS / 2));
    expect(position?.entryPriceYes).toBe(500_000);
    expect((position?.capitalYes ?? 0) + (position?.capitalNo ?? 0)).toBe(method.pairs + SPLIT_GAS);
    const trades = await h.store.trades.list();
    expect(trades.map((t) => [t.side, t.action, t.via, t.shares])).toEqual(
      expect.arrayContaining([
        ['yes', 'buy', 'split', method.pairs],
        ['no', 'buy', 'split', method.pairs],
      ]),
    );
    // No order went to the books.
    expect(await h.store.orderIntents.listByPosition(positionId)).toEqual([]);
    const wallet = await expectMoneyAddsUp(h);
    expect(wallet.collateral).toBe(STARTING - method.pairs - SPLIT_GAS);
    expect(wallet.shares[market.tokens[0].tokenId]).toBe(method.pairs);
  });

  it('a fee-free book with no spread: splitting is dearer by its gas, so the books are bought', async () => {
    const market = prepareMarket(fake, 1);
    feeFree(market);
    const h = await makeHarness(fake, { settings: base });
    const preview = await h.services.engine.preview(market.id);
    expect(preview.entryMethod).toMatchObject({
      method: 'books',
      reason: 'books-cheaper',
      saving: SPLIT_GAS,
    });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(positionId);
    expect(position).toMatchObject({ status: 'active', entryMethod: 'books' });
    expect(position?.splitPairs).toBeUndefined();
    const intents = await h.store.orderIntents.listByPosition(positionId);
    expect(intents.map((i) => [i.side, i.action, i.status])).toEqual([
      ['yes', 'buy', 'filled'],
      ['no', 'buy', 'filled'],
    ]);
    await expectMoneyAddsUp(h);
  });

  it('the setting forces either way: books on a book where splitting is cheaper, split where the books are', async () => {
    const wide = prepareMarket(fake, 2);
    setYesBook(fake, wide, [[0.49, 1000]], [[0.51, 1000]]);
    const books = await makeHarness(fake, { settings: withMethod('books') });
    const forcedBooks = await books.services.engine.preview(wide.id);
    expect(forcedBooks.entryMethod).toMatchObject({ method: 'books', reason: 'forced', choice: 'books' });
    expect(forcedBooks.entryMethod?.saving).toBeLessThan(0);
    const { positionId: booksId = '' } = await books.services.engine.enter(wide.id);
    expect((await books.store.positions.get(booksId))?.entryMethod).toBe('books');

    const flat = prepareMarket(fake, 3);
    feeFree(flat);
    const split = await makeHarness(fake, { settings: withMethod('split') });
    const forcedSplit = await split.services.engine.preview(flat.id);
    expect(forcedSplit.entryMethod).toMatchObject({ method: 'split', reason: 'forced', saving: -SPLIT_GAS });
    const { positionId: splitId = '' } = await split.services.engine.enter(flat.id);
    expect(await split.store.positions.get(splitId)).toMatchObject({
      status: 'active',
      entryMethod: 'split',
    });
    await expectMoneyAddsUp(split);
  });
});

describe('exit by merge (paper)', () => {
  it('closing a split position merges every pair back at $1: only the two gases are lost', async () => {
    const market = prepareMarket(fake, 4);
    setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
    const h = await makeHarness(fake, { settings: base });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const pairs = (await h.store.positions.get(positionId))?.splitPairs ?? 0;
    expect(pairs).toBeGreaterThan(0);

    await h.services.engine.closePosition(positionId);
    const closed = await h.store.positions.get(positionId);
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'manual',
      mergedPairs: pairs,
      mergeGas: MERGE_GAS,
    });
    expect(closed?.pnl).toBe(-(SPLIT_GAS + MERGE_GAS));
    const sells = (await h.store.trades.list()).filter((t) => t.action === 'sell');
    expect(sells.map((t) => [t.side, t.via, t.reason, t.shares])).toEqual(
      expect.arrayContaining([
        ['yes', 'merge', 'manual', pairs],
        ['no', 'merge', 'manual', pairs],
      ]),
    );
    expect(sells).toHaveLength(2);
    const wallet = await expectMoneyAddsUp(h);
    expect(wallet.collateral).toBe(STARTING - SPLIT_GAS - MERGE_GAS);
    expect(wallet.shares[market.tokens[0].tokenId]).toBeUndefined();
  });

  it('an uneven position merges its pairs and sells only the unpaired rest on the books', async () => {
    const market = prepareMarket(fake, 5);
    feeFree(market);
    // YES 40¢, NO 60¢, no spread, no fee: the books are cheapest, and equal capital buys 1.5× more YES.
    setYesBook(fake, market, [[0.4, 2000]], [[0.4, 2000]]);
    const h = await makeHarness(fake, { settings: base });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const opened = await h.store.positions.get(positionId);
    expect(opened?.entryMethod).toBe('books');
    const yes = opened?.sharesYes ?? 0;
    const no = opened?.sharesNo ?? 0;
    expect(yes).toBeGreaterThan(no);

    // The book widens: selling the pairs would fetch 96¢ a pair, a merge pays $1.
    setYesBook(fake, market, [[0.38, 2000]], [[0.42, 2000]]);
    await h.services.engine.closePosition(positionId);
    const closed = await h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', mergedPairs: no });
    const trades = await h.store.trades.list();
    const merged = trades.filter((t) => t.via === 'merge');
    expect(merged.map((t) => t.shares)).toEqual([no, no]);
    // The rest (YES only) went through the order book, in the exchange's 2-decimal sizes (the dust is written off).
    const intents = await h.store.orderIntents.listByPosition(positionId);
    const sold = intents.filter((i) => i.action === 'sell');
    expect(sold.map((i) => [i.side, i.status, i.filledShares])).toEqual([
      ['yes', 'filled', Math.floor((yes - no) / 10_000) * 10_000],
    ]);
    await expectMoneyAddsUp(h);
  });

  it('a divergence liquidation stays a sale of the one side, never a merge', async () => {
    const market = prepareMarket(fake, 6);
    setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
    const h = await makeHarness(fake, { settings: base });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    expect((await h.store.positions.get(positionId))?.entryMethod).toBe('split');
    setYesBook(fake, market, [[0.3, 1000]], [[0.32, 1000]]);
    await h.services.engine.liquidate(positionId, 'yes');
    const after = await h.store.positions.get(positionId);
    expect(after).toMatchObject({ status: 'liquidated', liquidatedSide: 'yes', sharesYes: 0 });
    expect(after?.mergedPairs).toBeUndefined();
    expect((await h.store.trades.list()).filter((t) => t.via === 'merge')).toEqual([]);
    await expectMoneyAddsUp(h);
  });
});
