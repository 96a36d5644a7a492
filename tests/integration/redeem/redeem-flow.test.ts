import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openingRow } from '../../../lib/app/trading/open-position';
import { capitalLockedIn } from '../../../lib/core/ctf/redeem-selection';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import type { SettingsPatch } from '../../../lib/settings/parse-settings';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../fake-polymarket/state/market-model.ts';
import { prepareMarket } from '../trading/support/fake-books';
import { type Harness, makeHarness, passContext } from '../trading/support/trading-harness';
import { CtfDouble } from './ctf-double';

let fake: FakePolymarket;
let next = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 40, seed: 23, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const SHARES = 100_000_000;

/** A live balanced position of 100 YES + 100 NO bought at 50¢ each, in a fresh fake market. */
async function livePosition(options: { settings?: SettingsPatch; negRisk?: boolean; no?: number } = {}) {
  const market = prepareMarket(fake, next++);
  if (options.negRisk) market.negRisk = true;
  const ctf = new CtfDouble();
  const h = await makeHarness(fake, {
    ctf: ctf.provider(),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const decoded = (await h.marketData.markets([market.id])).get(market.id);
  if (!decoded) throw new Error('market not served');
  const noShares = options.no ?? SHARES;
  const row: PositionRow = {
    ...openingRow(`pos-${market.id}`, decoded, 'live', fake.state.nowMs, 'balancing'),
    status: noShares === SHARES ? 'active' : 'liquidated',
    liquidatedSide: noShares === SHARES ? null : 'no',
    entryPriceYes: 500_000,
    entryPriceNo: 500_000,
    capitalYes: 50_000_000,
    capitalNo: 50_000_000,
    sharesYes: SHARES,
    sharesNo: noShares,
  };
  await h.store.positions.put(row);
  ctf.hold(market.conditionId, SHARES, noShares);
  return { h, ctf, market, id: row.id };
}

async function pass(h: Harness) {
  const run = passContext();
  await h.services.monitorPass(run.ctx);
  return run;
}

const locked = async (h: Harness) => capitalLockedIn(await h.store.positions.listOpen());
const redeemTrades = async (h: Harness, id: string) =>
  (await h.store.trades.listByPosition(id)).filter((t) => t.action === 'redeem');

function resolved(ctf: CtfDouble, market: FakeMarket, payouts: readonly [bigint, bigint]) {
  resolveMarket(fake.state, market, payouts[0] > 0n ? 0 : 1);
  ctf.resolveOnChain(market.conditionId, payouts);
}

describe('redeem resolved live positions (issue 18 deliverable 3)', () => {
  it('waits for the chain, shows the capital locked, redeems on request once, and closes the position', async () => {
    const { h, ctf, market, id } = await livePosition();
    resolveMarket(fake.state, market, 0);
    await pass(h);
    // Gamma says resolved but the chain has not reported payouts: nothing to redeem, nothing closed.
    expect(await h.store.positions.get(id)).toMatchObject({ status: 'active', sharesYes: SHARES });
    expect((await h.store.positions.get(id))?.redeem).toBeUndefined();

    ctf.resolveOnChain(market.conditionId, [1n, 0n]);
    await pass(h);
    expect((await h.store.positions.get(id))?.redeem).toMatchObject({ state: 'ready', payout: SHARES });
    expect(await locked(h)).toBe(SHARES);
    expect(ctf.redeems).toHaveLength(0); // autoRedeem is off by default

    const answer = await h.services.redeemHandlers['positions.redeem']({ positionId: id }, {} as never);
    expect(answer).toMatchObject({ status: 'redeemed', payout: SHARES });
    const closed = await h.store.positions.get(id);
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'redeemed',
      sharesYes: 0,
      sharesNo: 0,
      pnl: 0,
    });
    expect(closed?.redeem).toBeUndefined();
    expect(await redeemTrades(h, id)).toEqual([
      expect.objectContaining({
        side: 'yes',
        amount: SHARES,
        burnedYes: SHARES,
        burnedNo: SHARES,
        price: 1_000_000,
      }),
    ]);
    expect(await locked(h)).toBe(0);

    // A second click finds nothing to redeem: no second transaction, no second trade.
    const again = await h.services.redeemHandlers['positions.redeem']({ positionId: id }, {} as never);
    expect(again.status).toBe('nothing');
    expect(ctf.redeems).toHaveLength(1);
    expect(await redeemTrades(h, id)).toHaveLength(1);
  });

  it('redeems automatically after the monitor pass when autoRedeem is on (neg-risk market)', async () => {
    const { h, ctf, market, id } = await livePosition({
      settings: { capital: { autoRedeem: true } },
      negRisk: true,
    });
    resolved(ctf, market, [0n, 1n]);
    await pass(h);
    expect(ctf.redeems).toHaveLength(1);
    expect(ctf.redeems[0]?.market.negRisk).toBe(true);
    expect(await h.store.positions.get(id)).toMatchObject({ status: 'closed', closeReason: 'redeemed' });
    expect(await redeemTrades(h, id)).toEqual([expect.objectContaining({ side: 'no', amount: SHARES })]);
    await pass(h);
    expect(ctf.redeems).toHaveLength(1);
    expect(await locked(h)).toBe(0);
  });

  it('pays half a dollar a share on a 50/50 resolution', async () => {
    const { h, ctf, market, id } = await livePosition();
    resolved(ctf, market, [1n, 1n]);
    await pass(h);
    expect((await h.store.positions.get(id))?.redeem).toMatchObject({
      payout: SHARES,
      yesPayout: SHARES / 2,
    });
    await h.services.redeem.redeem(id);
    expect(await redeemTrades(h, id)).toEqual([
      expect.objectContaining({ amount: SHARES, price: 500_000, shares: 2 * SHARES }),
    ]);
  });

  it('a refused redeem keeps its reason and the position redeemable; the next try redeems it', async () => {
    const { h, ctf, market, id } = await livePosition();
    resolved(ctf, market, [1n, 0n]);
    await pass(h);
    ctf.plan({
      status: 'refused',
      code: 'relayer_refused',
      message: 'PRECHECK_SKIPPED: zero position balance',
    });
    const refused = await h.services.redeem.redeem(id);
    expect(refused.status).toBe('refused');
    expect(await h.store.positions.get(id)).toMatchObject({
      status: 'active',
      redeem: {
        state: 'refused',
        code: 'relayer_refused',
        message: 'PRECHECK_SKIPPED: zero position balance',
      },
    });
    expect(await locked(h)).toBe(SHARES);
    expect(await redeemTrades(h, id)).toHaveLength(0);

    const all = await h.services.redeemHandlers['positions.redeemAll']({}, {} as never);
    expect(all).toMatchObject({ redeemed: 1, total: 1 });
    expect(await h.store.positions.get(id)).toMatchObject({ status: 'closed', closeReason: 'redeemed' });
  });

  it('a pending redeem is never sent again and is settled by reconcile on a later pass', async () => {
    const { h, ctf, market, id } = await livePosition({ settings: { capital: { autoRedeem: true } } });
    resolved(ctf, market, [1n, 0n]);
    ctf.plan({ status: 'pending' });
    await pass(h);
    expect((await h.store.positions.get(id))?.redeem).toMatchObject({ state: 'pending', intentId: 'ctf-1' });
    expect(await locked(h)).toBe(SHARES);

    expect((await h.services.redeem.redeem(id)).status).toBe('pending');
    await pass(h); // the chain has not said yet
    expect(ctf.redeems).toHaveLength(1);
    expect((await h.store.positions.get(id))?.status).toBe('active');

    ctf.minedOnReconcile = true;
    await pass(h);
    expect(ctf.redeems).toHaveLength(1);
    expect(await h.store.positions.get(id)).toMatchObject({ status: 'closed', closeReason: 'redeemed' });
    expect(await redeemTrades(h, id)).toHaveLength(1);
    expect(await locked(h)).toBe(0);
  });

  it('never offers a losing side worth 0: the position closes as resolved at 0, nothing is sent', async () => {
    // YES was sold earlier (liquidated); only NO is held, and YES wins: the held side pays 0.
    const { h, ctf, market, id } = await livePosition({ no: SHARES });
    await h.store.positions.put({
      ...((await h.store.positions.get(id)) as PositionRow),
      status: 'liquidated',
      liquidatedSide: 'yes',
      sharesYes: 0,
    });
    ctf.hold(market.conditionId, 0, SHARES);
    resolved(ctf, market, [1n, 0n]);
    await pass(h);
    expect(ctf.redeems).toHaveLength(0);
    expect(await h.store.positions.get(id)).toMatchObject({
      status: 'closed',
      closeReason: 'resolution',
      pnl: -100_000_000,
    });
    expect(await locked(h)).toBe(0);
  });

  it('the kill switch leaves a resolved position to its redeem (no book to sell into)', async () => {
    const { h, ctf, market, id } = await livePosition();
    resolved(ctf, market, [1n, 0n]);
    await pass(h);
    const on = await h.store.settings.update({ killSwitch: true });
    expect(on.ok).toBe(true);
    const run = await pass(h);
    expect(run.degraded).toEqual([]);
    expect(await h.store.positions.get(id)).toMatchObject({ status: 'active', redeem: { state: 'ready' } });
    expect(await h.store.trades.listByPosition(id)).toEqual([]);
  });

  it('paper is settled at resolution by its exchange: nothing waits for a redeem, nothing is sent', async () => {
    const market = prepareMarket(fake, next++);
    const ctf = new CtfDouble();
    const h = await makeHarness(fake, { ctf: ctf.provider(), settings: { capital: { autoRedeem: true } } });
    const entered = await h.services.engine.enter(market.id);
    resolved(ctf, market, [1n, 0n]);
    await pass(h);
    expect(await h.store.positions.get(entered.positionId ?? '')).toMatchObject({
      status: 'closed',
      closeReason: 'resolution',
    });
    expect(ctf.redeems).toHaveLength(0);
  });
});
