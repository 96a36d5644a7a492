import { AssetType, ClobClient } from '@polymarket/clob-client-v2';
import { createWalletClient, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { polygon } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { takerFee } from '../../../lib/core/model/fees';
import { marketOrderAmounts } from '../../../lib/core/model/order-amounts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { HARDHAT_ADDRESS, HARDHAT_KEY } from '../../unit/vault/vault-harness';
import { prepareMarket, setYesBook } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { type Harness, makeHarness, passContext } from './support/trading-harness';

// The fake checks L2 timestamps against ITS clock (scenario time, months away from this computer's).
let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 80, seed: 14, scriptedMarkets: 0, authClockToleranceSec: 30 });
});
afterAll(() => fake.close());

const FAST = { settleIntervalMs: 100, settleAttempts: 40 };

async function harness(mode: 'paper' | 'live'): Promise<Harness> {
  const live = mode === 'live' ? (await liveSetup({ exchange: FAST })).live : undefined;
  return makeHarness(fake, { settings: { mode }, live });
}

async function heldOnExchange(h: Harness, mode: 'paper' | 'live', tokenId: string): Promise<number> {
  if (mode === 'live') return Number(fake.state.accounts.position(HARDHAT_ADDRESS, tokenId).size);
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.shares[tokenId] ?? 0;
}

async function walletCollateral(h: Harness, mode: 'paper' | 'live'): Promise<number> {
  if (mode === 'live') return Number(fake.state.accounts.get(HARDHAT_ADDRESS).collateral);
  // No paper account yet: the default starting balance of $1,000.
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.collateral ?? 1_000_000_000;
}

describe.each(['paper', 'live'] as const)('%s against today’s Polymarket', (mode) => {
  it('a market with a matching delay: "delayed" answers are followed to their fills', async () => {
    const market = prepareMarket(fake, marketIndex++);
    market.secondsDelay = 1;
    const h = await harness(mode);
    fake.requestLog.reset();
    const entered = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(entered.positionId ?? '');
    expect(position).toMatchObject({ status: 'active', sharesYes: 98_000_000, sharesNo: 98_000_000 });
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.status, t.shares])).toEqual([
      ['filled', 98_000_000],
      ['filled', 98_000_000],
    ]);
    if (mode === 'live') expect(fake.requestLog.count('POST', '/order')).toBe(2);
    expect(await heldOnExchange(h, mode, market.tokens[0].tokenId)).toBe(position?.sharesYes);
  });

  it('a 0.001-tick market: the entry is trimmed to amounts the exchange accepts, and fills', async () => {
    const market = prepareMarket(fake, marketIndex++);
    market.tickSize = '0.001';
    setYesBook(fake, market, [[0.495, 500]], [[0.505, 500]]);
    const h = await harness(mode);
    const entered = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(entered.positionId ?? '');
    expect(position?.status).toBe('active');
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => t.status)).toEqual(['filled', 'filled']);
    // $49.98 at 0.505 signs 98.970297 shares (refused); the trimmed budget keeps 4 decimals.
    const intents = await h.store.orderIntents.listByPosition(position?.id ?? '');
    for (const intent of intents) {
      expect(intent.amount % 10_000).toBe(0);
      expect(intent.amount).toBeLessThan(49_980_000);
      expect(marketOrderAmounts('BUY', intent.amount, intent.limitPrice, 1_000).takerAmount % 100).toBe(0);
    }
  });

  it('a tick change mid-session: the next order uses the new tick', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await harness(mode);
    const entered = await h.services.engine.enter(market.id);
    const id = entered.positionId ?? '';
    const opened = await h.store.positions.get(id);
    expect(opened?.status).toBe('active');
    fake.scenario.changeTickSize(market, '0.001');
    setYesBook(fake, market, [[0.305, 500]], [[0.315, 500]]);
    await h.services.monitorPass(passContext().ctx);
    const trades = await h.store.trades.listByPosition(id);
    const liquidation = trades.find((t) => t.reason === 'liquidation');
    expect(liquidation).toMatchObject({ status: 'filled', side: 'yes', price: 305_000 });
    expect(liquidation?.shares).toBe(opened?.sharesYes);
    expect(await heldOnExchange(h, mode, market.tokens[0].tokenId)).toBe(0);
  });
});

describe.each(['paper', 'live'] as const)('%s: a market whose taker fee has exponent 2', (mode) => {
  it('charges shares × rate × (p(1 − p))², in the preview, the trades and the wallet alike', async () => {
    const market = prepareMarket(fake, marketIndex++);
    market.feeSchedule = { exponent: 2, rate: 0.25, takerOnly: true, rebateRate: 0.2 };
    const h = await harness(mode);
    const preview = await h.services.engine.preview(market.id);
    const before = await walletCollateral(h, mode);
    const entered = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(entered.positionId ?? '');
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    // At 0.50: shares × 0.25 × 0.25² (exponent 1 would charge four times as much).
    expect(trades).toHaveLength(2);
    for (const t of trades) {
      expect(t.price).toBe(500_000);
      expect(t.fee).toBe(takerFee(t.shares, 500_000, { rate: 0.25, exponent: 2 }));
      expect(t.fee).toBe(Math.round(t.shares / 64 / 10) * 10);
    }
    const fees = trades.reduce((sum, t) => sum + t.fee, 0);
    expect(position?.feesPaid).toBe(fees);
    expect(preview.blocked).toBeNull();
    expect(preview.yes?.fee).toBe(takerFee(preview.yes?.shares ?? 0, 500_000, { rate: 0.25, exponent: 2 }));
    const spent = trades.reduce((sum, t) => sum + t.amount, 0);
    expect(before - (await walletCollateral(h, mode))).toBe(spent + fees);
  });
});

describe('live: the exchange’s clock, not the computer’s', () => {
  it('a client on the computer clock is refused; the product signs with the exchange time', async () => {
    const signer = createWalletClient({
      account: privateKeyToAccount(HARDHAT_KEY),
      chain: polygon,
      transport: http('http://127.0.0.1:9'),
    });
    const { vault, live } = await liveSetup({ exchange: FAST, now: () => Date.now() + 3_600_000 });
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
    const entered = await h.services.engine.enter(market.id);
    expect((await h.store.positions.get(entered.positionId ?? ''))?.status).toBe('active');

    const creds = await vault.getApiCredentials();
    if (!creds) throw new Error('no credentials');
    const naive = new ClobClient({ host: fake.clobUrl, chain: 137, signer, creds });
    const refused = await naive.getBalanceAllowance({ asset_type: AssetType.COLLATERAL });
    expect(refused).toMatchObject({ status: 401, error: 'Unauthorized/Invalid api key' });
  });
});
