import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kalshiRequest } from '../../../lib/adapters/kalshi/kalshi-http';
import { KalshiOrderClient } from '../../../lib/adapters/kalshi/kalshi-order-client';
import { KalshiReadClient } from '../../../lib/adapters/kalshi/kalshi-read-client';
import { createKalshiSigner } from '../../../lib/adapters/kalshi/request-signer';
import { kalshiCreateOrderResponseSchema } from '../../../lib/adapters/kalshi/schemas/portfolio';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '0f6b43aa-5b68-4f9f-9f02-9a2d1b8ac1a1';
const key = freshKalshiKey();
let fake: FakeKalshi;
let client: KalshiOrderClient;

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 6, seed: 5, initialBalanceUsd: 500 });
  fake.keys.register(KEY_ID, key.publicPem);
  const signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem });
  client = new KalshiOrderClient({ baseUrl: fake.restUrl, signer });
});
afterAll(() => fake.close());

const firstMarket = () => {
  const market = [...fake.state.markets.values()][0];
  if (!market) throw new Error('no market');
  return market;
};

describe('Kalshi order client against the fake (signed with a fresh RSA key)', () => {
  it('buys YES across the NO bids, pays the taker fee, and reads the executed order back', async () => {
    const market = firstMarket();
    fake.state.setBid(market.ticker, 'no', 450_000, 4_000_000); // a YES ask at 0.55 for 4
    const before = await client.balance();
    const placed = await client.createOrder({
      ticker: market.ticker,
      side: 'bid',
      price: 550_000,
      count: 3_000_000,
      timeInForce: 'immediate_or_cancel',
      clientOrderId: 'intent-1',
    });
    expect(placed).toMatchObject({
      clientOrderId: 'intent-1',
      filled: 3_000_000,
      remaining: 0,
      averageFillPrice: 550_000,
    });
    // 0.07 × 3 × 0.55 × 0.45 = 0.051975 → 0.0520
    expect(placed.averageFeePaid).toBe(52_000);
    const order = await client.order(placed.orderId);
    expect(order).toMatchObject({ status: 'executed', side: 'bid', filled: 3_000_000, fees: 52_000 });
    expect(await client.balance()).toBe(before - 1_650_000 - 52_000);
    expect(market.noBids.get(450_000)).toBe(1_000_000);
    expect(fake.requestLog.every((r) => r.signed)).toBe(true);
    const trades = await new KalshiReadClient({ baseUrl: fake.restUrl }).tradesPage({
      ticker: market.ticker,
    });
    expect(trades.items[0]).toMatchObject({ count: 3_000_000, yesPrice: 550_000, takerOutcome: 'yes' });
    expect(trades.cursor).toBe('');
  });

  it('rests a good-till-canceled order below the book, then cancels it', async () => {
    const market = firstMarket();
    const placed = await client.createOrder({
      ticker: market.ticker,
      side: 'ask',
      price: 990_000,
      count: 2_000_000,
      timeInForce: 'good_till_canceled',
      clientOrderId: 'intent-2',
    });
    expect([placed.filled, placed.remaining]).toEqual([0, 2_000_000]);
    expect((await client.order(placed.orderId)).status).toBe('resting');
    expect(market.noBids.get(10_000)).toBeGreaterThanOrEqual(2_000_000);
    expect((await client.cancelOrder(placed.orderId, market.ticker)).reducedBy).toBe(2_000_000);
    expect((await client.order(placed.orderId)).status).toBe('canceled');
  });

  it("refuses a reused client order id and an off-grid price in Kalshi's words", async () => {
    const market = firstMarket();
    const order = {
      ticker: market.ticker,
      side: 'bid' as const,
      price: 20_000,
      count: 1_000_000,
      timeInForce: 'good_till_canceled' as const,
      clientOrderId: 'intent-2',
    };
    await expect(client.createOrder(order)).rejects.toMatchObject({
      status: 409,
      code: 'kalshi_order_conflict',
      details: { kalshiCode: 'order_already_exists' },
    });
    await expect(
      client.createOrder({ ...order, clientOrderId: 'intent-3', price: 20_500 }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'kalshi_refused',
      details: { kalshiCode: 'invalid_price' },
      message: expect.stringContaining('price is not on the market price grid'),
    });
  });

  it('a key the exchange does not know, or a clock far off, is refused with the reason in plain words', async () => {
    const stranger = freshKalshiKey();
    const wrongKey = new KalshiOrderClient({
      baseUrl: fake.restUrl,
      signer: await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: stranger.pkcs8Pem }),
    });
    const refused = await wrongKey.balance().catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'operational', code: 'kalshi_auth_refused', status: 401 });
    expect(String(refused)).toMatch(
      /Kalshi refused the API key \(authentication_error — .*INCORRECT_API_KEY_SIGNATURE\)/,
    );
    expect(String(refused)).not.toContain(stranger.pkcs8Pem.slice(40, 80));
    const lateClock = new KalshiOrderClient({
      baseUrl: fake.restUrl,
      signer: await createKalshiSigner(
        { keyId: KEY_ID, privateKeyPem: key.pkcs8Pem },
        () => Date.now() - 120_000,
      ),
    });
    await expect(lateClock.balance()).rejects.toThrow(/INVALID_TIMESTAMP/);
  });

  it('the retired V1 endpoint answers 2xx with an error, which is surfaced, not taken for an order', async () => {
    const signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs8Pem });
    const v1 = kalshiRequest(
      { baseUrl: fake.restUrl, signer },
      { method: 'POST', path: '/portfolio/orders', body: { ticker: firstMarket().ticker } },
      kalshiCreateOrderResponseSchema,
    );
    await expect(v1).rejects.toMatchObject({
      details: { kalshiCode: 'deprecated_v1_order_endpoint' },
      message: expect.stringContaining('Please switch to the V2 endpoints'),
    });
    expect(fake.requestLog.at(-1)).toMatchObject({ path: '/portfolio/orders', status: 200 });
  });
});
