import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KalshiLiveExchange } from '../../../lib/adapters/kalshi/kalshi-live-exchange';
import { KalshiOrderClient } from '../../../lib/adapters/kalshi/kalshi-order-client';
import { createKalshiSigner } from '../../../lib/adapters/kalshi/request-signer';
import type { OrderRequest } from '../../../lib/app/ports/exchange-port';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '5b1c8a7e-2d43-4f0e-9a61-0c7d3e2b9f10';
const key = freshKalshiKey();
let fake: FakeKalshi;
let exchange: KalshiLiveExchange;

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 6, seed: 11, initialBalanceUsd: 200 });
  fake.keys.register(KEY_ID, key.publicPem);
  const signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem });
  exchange = new KalshiLiveExchange(new KalshiOrderClient({ baseUrl: fake.restUrl, signer }));
});
afterAll(() => fake.close());
beforeEach(() => fake.faults.clear());

const market = (index: number) => {
  const found = [...fake.state.markets.values()][index];
  if (!found) throw new Error('no market');
  return found;
};

/** The book's only NO bid (the only YES ask, at 1 − price). */
function onlyNoBid(ticker: string, price: number, size: number) {
  const m = fake.state.market(ticker);
  for (const level of [...(m?.noBids.keys() ?? [])]) fake.state.setBid(ticker, 'no', level, 0);
  fake.state.setBid(ticker, 'no', price, size);
}

const buy = (tokenId: string, limitPrice: number, amount: number, orderType: 'FOK' | 'FAK' = 'FOK') =>
  ({
    tokenId,
    side: 'BUY',
    orderType,
    limitPrice,
    amount,
    tickSize: 10_000,
    negRisk: false,
    feeRate: { rate: 0.07, exponent: 1 },
  }) satisfies OrderRequest;

const orderPosts = () =>
  fake.requestLog.filter((r) => r.method === 'POST' && r.path === '/portfolio/events/orders');

describe('the live Kalshi exchange against the fake (RSA-PSS signed, verified by the fake)', () => {
  it('buys YES with a signed V2 order: contracts, cost and the rounded-up fee as Kalshi charged them', async () => {
    const m = market(0);
    onlyNoBid(m.ticker, 400_000, 10_000_000); // YES ask 0.60 × 10
    const before = await exchange.balance();
    const prepared = await exchange.prepare(buy(`${m.ticker}:yes`, 600_000, 3_100_000), 'intent-a1');
    expect(prepared.clientKey).toBe('intent-a1');
    const result = await exchange.send(prepared);
    // $3.10 at $0.60 buys 5 whole contracts; fee 0.07 × 5 × 0.6 × 0.4 = 0.084 → $0.0840
    expect(result).toMatchObject({
      status: 'filled',
      filledShares: 5_000_000,
      filledAmount: 3_000_000,
      avgPrice: 600_000,
      fee: 84_000,
    });
    expect(await exchange.balance()).toBe(before - 3_000_000 - 84_000);
    const post = orderPosts().at(-1);
    expect(post).toMatchObject({ signed: true, status: 201 });
    expect(fake.requestLog.every((r) => r.signed)).toBe(true);
  });

  it('buys NO as a YES-leg ask at 1 − price, taking the YES bids', async () => {
    const m = market(1);
    const bestYesBid = Math.max(...m.yesBids.keys());
    const noPrice = 1_000_000 - bestYesBid;
    const result = await exchange.send(
      await exchange.prepare(buy(`${m.ticker}:no`, noPrice, noPrice * 2, 'FAK'), 'intent-n1'),
    );
    expect(result).toMatchObject({ status: 'filled', filledShares: 2_000_000, avgPrice: noPrice });
    const order = [...fake.state.orders.values()].find((o) => o.clientOrderId === 'intent-n1');
    expect(order).toMatchObject({ side: 'ask', price: bestYesBid });
  });

  it('an answer lost after Kalshi placed the order: send throws, findOrder reconciles, no second post', async () => {
    const m = market(2);
    onlyNoBid(m.ticker, 450_000, 5_000_000);
    fake.faults.set('POST /portfolio/events/orders', { kind: 'drop-after-handling' }, { times: 1 });
    const posts = orderPosts().length;
    const prepared = await exchange.prepare(buy(`${m.ticker}:yes`, 550_000, 1_100_000), 'intent-lost');
    await expect(exchange.send(prepared)).rejects.toMatchObject({ kind: 'temporary' });
    expect(orderPosts().length).toBe(posts + 1);
    const found = await exchange.findOrder('intent-lost');
    expect(found).toMatchObject({ status: 'filled', filledShares: 2_000_000, filledAmount: 1_100_000 });
    expect(orderPosts().length).toBe(posts + 1);
    // An intent that never reached Kalshi is told apart: null.
    expect(await exchange.findOrder('intent-never-sent')).toBeNull();
  });

  it('a send repeated with the same client key is answered from the record, not placed twice', async () => {
    const m = market(3);
    onlyNoBid(m.ticker, 500_000, 4_000_000);
    const prepared = await exchange.prepare(buy(`${m.ticker}:yes`, 500_000, 1_000_000), 'intent-twice');
    const first = await exchange.send(prepared);
    const second = await exchange.send(prepared);
    expect(second).toMatchObject({
      status: 'filled',
      filledShares: first.status === 'filled' ? first.filledShares : -1,
    });
    expect([...fake.state.orders.values()].filter((o) => o.clientOrderId === 'intent-twice')).toHaveLength(1);
  });

  it('a fill-or-kill order the book cannot fill is a fok_not_filled rejection; nothing traded', async () => {
    const m = market(4);
    const result = await exchange.send(
      await exchange.prepare(buy(`${m.ticker}:yes`, 20_000, 2_000_000), 'intent-fok'),
    );
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'fok_not_filled' } });
  });

  it("refusals keep Kalshi's words: a halted market, a key Kalshi does not know", async () => {
    const m = market(5);
    fake.state.tradingActive = false;
    const paused = await exchange.send(
      await exchange.prepare(buy(`${m.ticker}:yes`, 600_000, 1_000_000), 'intent-p'),
    );
    fake.state.tradingActive = true;
    expect(paused).toMatchObject({
      status: 'rejected',
      error: { kind: 'operational', code: 'trading_not_allowed', message: 'trading is paused' },
    });
    const stranger = new KalshiLiveExchange(
      new KalshiOrderClient({
        baseUrl: fake.restUrl,
        signer: await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: freshKalshiKey().pkcs8Pem }),
      }),
    );
    const refused = await stranger.send(
      await stranger.prepare(buy(`${m.ticker}:yes`, 600_000, 1_000_000), 'intent-x'),
    );
    expect(refused).toMatchObject({
      status: 'rejected',
      error: { code: 'trading_not_allowed', message: expect.stringContaining('INCORRECT_API_KEY_SIGNATURE') },
    });
  });

  it('a 5xx on the post is an unknown outcome (thrown), reconciled to "never placed"', async () => {
    const m = market(0);
    fake.faults.set('POST /portfolio/events/orders', { kind: '503' }, { times: 1 });
    const prepared = await exchange.prepare(buy(`${m.ticker}:yes`, 600_000, 1_000_000), 'intent-503');
    await expect(exchange.send(prepared)).rejects.toMatchObject({ kind: 'temporary' });
    expect(await exchange.findOrder('intent-503')).toBeNull();
  });
});
