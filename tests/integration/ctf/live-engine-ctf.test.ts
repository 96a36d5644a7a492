import 'fake-indexeddb/auto';
import type { Hex } from 'viem';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFor, missingApprovalCalls } from '../../../lib/adapters/chain/ctf-calls';
import { binaryTokenIds } from '../../../lib/adapters/chain/ctf-ids';
import { LiveCtfOperations } from '../../../lib/adapters/chain/live-ctf-operations';
import type { ChainIntentJournal } from '../../../lib/app/ctf/chain-intent-journal';
import { openingRow } from '../../../lib/app/trading/open-position';
import type { ChainIntent } from '../../../lib/core/ctf/chain-intent';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import type { SettingsPatch } from '../../../lib/settings/parse-settings';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';
import { liveSetup } from '../trading/support/live-vault';
import { makeHarness } from '../trading/support/trading-harness';
import { startCtfHarness } from './ctf-harness';

/**
 * Issue 18 "Done means", in LIVE mode, whole flows through the trading engine as the background
 * composes it: orders on the fake Polymarket (real clob-client-v2), split / merge / redeem through
 * the real LiveCtfOperations on the fake Polygon (a plain wallet, type 0), the chain intents
 * journalled in the store. The fake market gets the CTF token ids of its condition, as on Polymarket.
 */
let fake: FakePolymarket;
let next = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 40, seed: 180, scriptedMarkets: 0 });
});
afterAll(() => fake.close());
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const CHAIN_FUNDS = 1_000_000_000n;
const strategy = { takeProfitEnabled: false, stopLossEnabled: false, maxSpread: 0.1 };
const live = (entryMethod: 'auto' | 'books' | 'split'): SettingsPatch => ({
  mode: 'live',
  strategy: { ...strategy, entryMethod },
});
/** Thrown by the journal to stop the "worker" right after an entry matching a condition was saved. */
class WorkerKilled extends Error {}

/** A fake market on the fake chain (its condition prepared, CTF token ids), and a live harness over both. */
async function liveWorld(settings: SettingsPatch, options: { negRisk?: boolean } = {}) {
  const market = prepareMarket(fake, next++);
  market.negRisk = options.negRisk ?? false;
  const ids = binaryTokenIds(market.conditionId, market.negRisk);
  fake.state.rekeyTokens(market, [ids.yes, ids.no]);
  setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
  const chain = await startCtfHarness(CHAIN_FUNDS);
  cleanup = chain.close;
  chain.chain.ledger.addCondition(market.conditionId, market.negRisk);
  for (const op of ['split', 'merge', 'redeem'] as const)
    for (const call of missingApprovalCalls(approvalsFor(op, market.negRisk, 1_000_000_000), {
      pusdAllowance: 0n,
      ctfOperator: false,
    }))
      await chain.send(call);
  const approvals = chain.chain.received.length;
  let killWhen: ((entry: ChainIntent) => boolean) | null = null;
  let n = 0;
  const killable = (journal: ChainIntentJournal) => ({
    list: () => journal.list(),
    async save(entry: ChainIntent) {
      await journal.save(entry);
      if (killWhen?.(entry)) {
        killWhen = null;
        throw new WorkerKilled(`killed after saving ${entry.id} as ${entry.status}`);
      }
    },
  });
  const { live: exchange } = await liveSetup({ now: () => fake.state.nowMs });
  const h = await makeHarness(fake, {
    settings,
    live: exchange,
    liveCtf: async (_settings, journal) =>
      new LiveCtfOperations({
        client: chain.client,
        account: chain.account,
        signatureType: 0,
        wallet: null,
        journal: killable(journal),
        eoa: chain.wallet,
        now: () => fake.state.nowMs,
        newId: () => `ctf-${++n}`,
        polPriceMicros: 250_000,
        wait: { pollMs: 5, polls: 10 },
      }),
  });
  const [yesId, noId] = [BigInt(ids.yes), BigInt(ids.no)];
  const onChain = () => {
    const l = chain.chain.ledger;
    const holder = chain.account.address;
    return { pusd: l.pusdOf(holder), yes: l.positionOf(holder, yesId), no: l.positionOf(holder, noId) };
  };
  /** Transactions the wallet sent for split / merge / redeem (after its approvals). */
  const sent = () => chain.chain.received.length - approvals;
  return {
    h,
    market,
    chain,
    onChain,
    sent,
    yesId,
    noId,
    killAfter: (when: (e: ChainIntent) => boolean) => {
      killWhen = when;
    },
  };
}

describe('live entry by split and close by merge through the engine (fake Polymarket + fake Polygon)', () => {
  it('the preview picks the split, the wallet mints the pairs on chain, the position records pairs, gas and tx', async () => {
    const w = await liveWorld(live('auto'));
    const preview = await w.h.services.engine.preview(w.market.id);
    expect(preview.entryMethod).toMatchObject({ method: 'split', choice: 'auto', gasPaidBy: 'wallet' });
    const pairs = preview.entryMethod?.pairs ?? 0;
    expect(pairs).toBeGreaterThan(0);

    const { positionId = '' } = await w.h.services.engine.enter(w.market.id);
    const position = await w.h.store.positions.get(positionId);
    expect(position).toMatchObject({
      status: 'active',
      mode: 'live',
      entryMethod: 'split',
      splitPairs: pairs,
      sharesYes: pairs,
      sharesNo: pairs,
    });
    expect(position?.splitGas).toBeGreaterThan(0);
    expect(position?.splitTxHash).toMatch(/^0x[0-9a-f]{64}$/);
    // The chain agrees: the pairs are held, $1 a pair left the wallet's pUSD (gas is paid in POL).
    expect(w.onChain()).toEqual({
      pusd: CHAIN_FUNDS - BigInt(pairs),
      yes: BigInt(pairs),
      no: BigInt(pairs),
    });
    expect(w.sent()).toBe(1);
    const trades = await w.h.store.trades.listByPosition(positionId);
    const legs = trades.map((t) => [t.side, t.action, t.via, t.shares, t.transactionHash]);
    expect(legs.sort()).toEqual([
      ['no', 'buy', 'split', pairs, position?.splitTxHash],
      ['yes', 'buy', 'split', pairs, position?.splitTxHash],
    ]);
    // No order went to the books.
    expect(fake.requestLog.count('POST', '/order')).toBe(0);
  });

  it('a live close merges every pair back into pUSD on chain, nothing is sold', async () => {
    const w = await liveWorld(live('split'));
    const { positionId = '' } = await w.h.services.engine.enter(w.market.id);
    const pairs = (await w.h.store.positions.get(positionId))?.splitPairs ?? 0;
    expect(w.onChain().yes).toBe(BigInt(pairs));
    const orders = fake.requestLog.count('POST', '/order');

    await w.h.services.engine.closePosition(positionId);
    const closed = await w.h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'manual', mergedPairs: pairs });
    expect(closed?.mergeGas).toBeGreaterThan(0);
    // The pairs came back as pUSD: the wallet holds what it started with, no share left.
    expect(w.onChain()).toEqual({ pusd: CHAIN_FUNDS, yes: 0n, no: 0n });
    expect(w.sent()).toBe(2);
    const sells = (await w.h.store.trades.listByPosition(positionId)).filter((t) => t.action === 'sell');
    expect(sells.map((t) => [t.side, t.via, t.shares]).sort()).toEqual([
      ['no', 'merge', pairs],
      ['yes', 'merge', pairs],
    ]);
    expect(fake.requestLog.count('POST', '/order')).toBe(orders);
  });

  it('an uneven live position merges its pairs on chain and sells only the unpaired rest on the books', async () => {
    const w = await liveWorld(live('auto'));
    w.market.feesEnabled = false;
    w.market.feeSchedule = { exponent: 1, rate: 0, takerOnly: true, rebateRate: 0 };
    // YES 40¢, NO 60¢, no spread, no fee: the books are cheapest, and equal capital buys 1.5× more YES.
    setYesBook(fake, w.market, [[0.4, 2000]], [[0.4, 2000]]);
    const { positionId = '' } = await w.h.services.engine.enter(w.market.id);
    const opened = await w.h.store.positions.get(positionId);
    expect(opened).toMatchObject({ status: 'active', entryMethod: 'books' });
    const yes = opened?.sharesYes ?? 0;
    const no = opened?.sharesNo ?? 0;
    expect(yes).toBeGreaterThan(no);
    // The exchange settles the bought shares on chain (to the wallet the CTF operations use).
    const holder = w.chain.account.address;
    w.chain.chain.ledger.setPosition(holder, w.yesId, BigInt(yes));
    w.chain.chain.ledger.setPosition(holder, w.noId, BigInt(no));

    // The book widens: selling the pairs would fetch 96¢ a pair, a merge pays $1.
    setYesBook(fake, w.market, [[0.38, 2000]], [[0.42, 2000]]);
    await w.h.services.engine.closePosition(positionId);
    const closed = await w.h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', mergedPairs: no });
    // The pairs came back as pUSD on chain; the YES rest was sold on the exchange.
    expect(w.onChain()).toEqual({ pusd: CHAIN_FUNDS + BigInt(no), yes: BigInt(yes - no), no: 0n });
    expect(w.sent()).toBe(1);
    const sold = (await w.h.store.orderIntents.listByPosition(positionId)).filter((i) => i.action === 'sell');
    expect(sold.map((i) => [i.side, i.status, i.filledShares])).toEqual([
      ['yes', 'filled', Math.floor((yes - no) / 10_000) * 10_000],
    ]);
    const merged = (await w.h.store.trades.listByPosition(positionId)).filter((t) => t.via === 'merge');
    expect(merged.map((t) => t.shares)).toEqual([no, no]);
  });

  it('a worker killed right after the split was sent: the restart finishes the entry without a second transaction', async () => {
    const w = await liveWorld(live('split'));
    w.chain.chain.faults.holdPending = true;
    w.killAfter((e) => e.op === 'split' && e.status === 'sent');
    await expect(w.h.services.engine.enter(w.market.id)).rejects.toThrow(WorkerKilled);
    const [opening] = await w.h.store.positions.listOpen();
    expect(opening).toMatchObject({ status: 'opening', entryMethod: 'split' });
    expect(w.sent()).toBe(1);
    w.chain.chain.mine();

    const restarted = w.h.restart(); // only the store (positions, chain intents) survived
    await restarted.reconcile();
    await restarted.reconcile();
    const position = await w.h.store.positions.get(opening?.id ?? '');
    expect(position).toMatchObject({
      status: 'active',
      entryMethod: 'split',
      sharesYes: opening?.splitPairs,
      sharesNo: opening?.splitPairs,
    });
    expect(position?.splitTxHash).toMatch(/^0x/);
    expect(w.sent()).toBe(1);
    // One split's worth moved on chain: $1 a pair out, the pairs in.
    const pairs = BigInt(opening?.splitPairs ?? 0);
    expect(w.onChain()).toEqual({ pusd: CHAIN_FUNDS - pairs, yes: pairs, no: pairs });
    expect(await w.h.store.trades.listByPosition(opening?.id ?? '')).toHaveLength(2);
  });
});

const SHARES = 100_000_000;

/** A live balanced position of 100 YES + 100 NO, its shares held on the fake chain. */
async function heldPosition(negRisk: boolean) {
  const w = await liveWorld(live('books'), { negRisk });
  const decoded = (await w.h.marketData.markets([w.market.id])).get(w.market.id);
  if (!decoded) throw new Error('market not served');
  const row: PositionRow = {
    ...openingRow(`pos-${w.market.id}`, decoded, 'live', fake.state.nowMs, 'balancing'),
    status: 'active',
    entryPriceYes: 500_000,
    entryPriceNo: 500_000,
    capitalYes: 50_000_000,
    capitalNo: 50_000_000,
    sharesYes: SHARES,
    sharesNo: SHARES,
  };
  await w.h.store.positions.put(row);
  const holder = w.chain.account.address;
  w.chain.chain.ledger.setPosition(holder, w.yesId, BigInt(SHARES));
  w.chain.chain.ledger.setPosition(holder, w.noId, BigInt(SHARES));
  return { ...w, id: row.id };
}

/** Gamma says resolved (YES won) and the chain reports the payouts. */
function resolveBoth(w: Awaited<ReturnType<typeof heldPosition>>) {
  resolveMarket(fake.state, w.market, 0);
  w.chain.chain.ledger.resolve(w.market.conditionId as Hex, [1n, 0n]);
}

describe('the redeem service redeems a resolved live position through the real live CTF operations', () => {
  for (const negRisk of [false, true]) {
    it(`${negRisk ? 'a neg-risk' : 'a standard'} market: paid once as one trade, the position closed`, async () => {
      const w = await heldPosition(negRisk);
      resolveBoth(w);
      await w.h.services.redeem.refresh();
      expect((await w.h.store.positions.get(w.id))?.redeem).toMatchObject({ state: 'ready', payout: SHARES });

      const answer = await w.h.services.redeem.redeem(w.id);
      expect(answer).toMatchObject({ status: 'redeemed', payout: SHARES });
      const closed = await w.h.store.positions.get(w.id);
      expect(closed).toMatchObject({ status: 'closed' });
      expect(w.onChain()).toEqual({ pusd: CHAIN_FUNDS + BigInt(SHARES), yes: 0n, no: 0n });
      const paid = (await w.h.store.trades.listByPosition(w.id)).filter((t) => t.action === 'redeem');
      expect(paid.map((t) => [t.amount, t.transactionHash?.startsWith('0x')])).toEqual([[SHARES, true]]);

      // Asked again: nothing more is sent or paid.
      expect((await w.h.services.redeem.redeem(w.id)).status).toBe('nothing');
      expect(w.sent()).toBe(1);
      expect((await w.h.store.trades.listByPosition(w.id)).filter((t) => t.action === 'redeem')).toHaveLength(
        1,
      );
    });
  }
});
