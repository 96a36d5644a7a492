import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../lib/errors/app-error';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { HARDHAT_ADDRESS } from '../../unit/vault/vault-harness';
import { prepareMarket, setYesBook } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { makeHarness, passContext } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 5, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

describe('live trading against the fake (real clob-client-v2, V2 signatures verified)', () => {
  it('derives API keys into the vault, enters, liquidates, takes profit; the store matches the exchange', async () => {
    const market = prepareMarket(fake, 0);
    const { vault, live } = await liveSetup();
    const h = await makeHarness(fake, { settings: { mode: 'live', strategy: { takeProfit: 0.2 } }, live });
    expect(await vault.getApiCredentials()).toBeNull();

    const entered = await h.services.engine.enter(market.id);
    expect(await vault.getApiCredentials()).toMatchObject({ key: expect.any(String) });
    const id = entered.positionId ?? '';
    expect(await h.store.positions.get(id)).toMatchObject({
      status: 'active',
      mode: 'live',
      sharesYes: 98_000_000,
      sharesNo: 98_000_000,
      capitalYes: 49_980_000,
      capitalNo: 49_980_000,
      entryPriceYes: 500_000,
      entryPriceNo: 500_000,
    });

    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    await h.services.monitorPass(passContext().ctx);
    setYesBook(fake, market, [[0.02, 500]], [[0.04, 500]]);
    await h.services.monitorPass(passContext().ctx);

    const closed = await h.store.positions.get(id);
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'take_profit',
      liquidatedSide: 'yes',
      realisedProceeds: 122_506_270,
      pnl: 22_546_270,
    });
    const trades = await h.store.trades.listByPosition(id);
    expect(trades.map((t) => [t.reason, t.side, t.shares, t.amount, t.fee])).toEqual([
      ['entry', 'yes', 98_000_000, 49_000_000, 980_000],
      ['entry', 'no', 98_000_000, 49_000_000, 980_000],
      ['liquidation', 'yes', 98_000_000, 29_400_000, 823_200],
      ['take_profit', 'no', 98_000_000, 94_080_000, 150_530],
    ]);
    expect(trades.every((t) => t.orderId?.startsWith('0x') && t.transactionHash?.startsWith('0x'))).toBe(
      true,
    );
    // The exchange agrees: 4 orders posted, the wallet holds 1000 − 99.96 + 122.50627.
    expect(fake.requestLog.count('POST', '/order')).toBe(4);
    expect(fake.state.accounts.get(HARDHAT_ADDRESS).collateral).toBe(1_022_546_270n);
  });

  it('refuses live trading while the vault is locked or the location is geoblocked', async () => {
    const market = prepareMarket(fake, 1);
    const locked = await liveSetup();
    await locked.vault.lock();
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live: locked.live });
    const error = await h.services.engine.enter(market.id).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('wallet_locked');
    const blocked = await liveSetup({ blocked: true });
    const g = await makeHarness(fake, { settings: { mode: 'live' }, live: blocked.live });
    const preview = await g.services.engine.preview(market.id);
    expect(preview.blocked).toContain('does not allow trading from your location (IR)');
    expect(await h.store.positions.all()).toEqual([]);
  });
});
