import { ClobClient, OrderType, Side } from '@polymarket/clob-client-v2';
import { createWalletClient, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { polygon } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

const HARDHAT_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const account = privateKeyToAccount(HARDHAT_KEY);
const signer = createWalletClient({ account, chain: polygon, transport: http('http://127.0.0.1:9') });

let fake: FakePolymarket;

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 40, seed: 7 });
});
afterAll(() => fake.close());

describe('real @polymarket/clob-client-v2 against the fake', () => {
  it('derives keys, reads a book, trades FOK, lists orders and trades, cancels', async () => {
    const market = fake.state.markets.find((m) => !m.closed && !m.negRisk);
    if (!market) throw new Error('no open market');
    const tokenId = market.tokens[0].tokenId;
    const anonymous = new ClobClient({ host: fake.clobUrl, chain: 137, signer });
    const creds = await anonymous.createOrDeriveApiKey();
    expect(creds.key).toMatch(/^[0-9a-f-]{36}$/);
    const again = await anonymous.createOrDeriveApiKey();
    expect(again).toEqual(creds);

    const client = new ClobClient({ host: fake.clobUrl, chain: 137, signer, creds, signatureType: 0 });
    const book = await client.getOrderBook(tokenId);
    const bestAsk = book.asks[book.asks.length - 1];
    if (!bestAsk) throw new Error('empty asks');
    const before = fake.state.accounts.get(account.address).collateral;

    const market$ = await client.createAndPostMarketOrder(
      { tokenID: tokenId, amount: 20, side: Side.BUY, orderType: OrderType.FOK },
      undefined,
      OrderType.FOK,
    );
    expect(market$).toMatchObject({ success: true, status: 'matched', errorMsg: '' });
    expect(market$.transactionsHashes).toHaveLength(1);
    const afterBuy = fake.state.accounts.get(account.address).collateral;
    expect(before - afterBuy).toBeGreaterThanOrEqual(20_000_000n);
    expect(fake.state.accounts.position(account.address, tokenId).size).toBeGreaterThan(0n);

    const signed = await client.createOrder({
      tokenID: tokenId,
      price: Number(bestAsk.price),
      size: 5,
      side: Side.BUY,
    });
    const limit = await client.postOrder(signed, OrderType.FOK);
    expect(limit).toMatchObject({ success: true, status: 'matched' });

    const resting = await client.createAndPostOrder({
      tokenID: tokenId,
      price: 0.02,
      size: 10,
      side: Side.BUY,
    });
    expect(resting).toMatchObject({ success: true, status: 'live' });
    const open = await client.getOpenOrders();
    expect(open.map((o) => o.id)).toContain(resting.orderID);
    const trades = await client.getTrades();
    expect(trades.length).toBeGreaterThanOrEqual(2);
    const cancel = await client.cancelOrder({ orderID: resting.orderID });
    expect(cancel).toEqual({ canceled: [resting.orderID], not_canceled: {} });
    expect(await client.getOpenOrders()).toEqual([]);

    const balance = await client.getBalanceAllowance({ asset_type: 'COLLATERAL' as never });
    expect(balance.balance).toBe(fake.state.accounts.get(account.address).collateral.toString());
  });
});
