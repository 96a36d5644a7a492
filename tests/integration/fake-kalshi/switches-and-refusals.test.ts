import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KalshiOrderClient } from '../../../lib/adapters/kalshi/kalshi-order-client';
import { KalshiReadClient } from '../../../lib/adapters/kalshi/kalshi-read-client';
import { createKalshiSigner, type KalshiSigner } from '../../../lib/adapters/kalshi/request-signer';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '12121212-5b68-4f9f-9f02-9a2d1b8ac1a1';
const key = freshKalshiKey();
let fake: FakeKalshi;
let signer: KalshiSigner;

beforeAll(async () => {
  fake = await startFakeKalshi({
    markets: 3,
    seed: 2,
    orderbookRequiresAuth: true,
    cors: true,
    initialBalanceUsd: 1,
  });
  fake.keys.register(KEY_ID, key.publicPem);
  signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs8Pem });
});
afterAll(() => fake.close());

const ticker = () => [...fake.state.markets.keys()][0] ?? '';

describe('fake Kalshi switches for what the docs leave open, and business refusals', () => {
  it('order book behind auth (the OpenAPI reading): unsigned is refused, signed is served', async () => {
    await expect(new KalshiReadClient({ baseUrl: fake.restUrl }).bidLists(ticker())).rejects.toMatchObject({
      status: 401,
      code: 'kalshi_auth_refused',
    });
    const lists = await new KalshiReadClient({ baseUrl: fake.restUrl, signer }).bidLists(ticker());
    expect(lists.yesBids.length).toBeGreaterThan(0);
  });

  it('CORS switch: a preflight names the KALSHI-ACCESS-* headers', async () => {
    const preflight = await fetch(`${fake.restUrl}/portfolio/balance`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('kalshi-access-signature');
  });

  it('refuses an order on a paused market, and one the balance cannot pay', async () => {
    const client = new KalshiOrderClient({ baseUrl: fake.restUrl, signer });
    const order = {
      ticker: ticker(),
      side: 'bid' as const,
      price: 500_000,
      count: 10_000_000,
      timeInForce: 'good_till_canceled' as const,
      clientOrderId: 'a',
    };
    await expect(client.createOrder(order)).rejects.toMatchObject({
      status: 400,
      details: { kalshiCode: 'insufficient_balance' },
    });
    fake.state.tradingActive = false;
    await expect(
      client.createOrder({ ...order, count: 1_000_000, clientOrderId: 'b' }),
    ).rejects.toMatchObject({
      kind: 'operational',
      status: 409,
      code: 'kalshi_order_conflict',
      details: { kalshiCode: 'trading_is_paused' },
    });
    fake.state.tradingActive = true;
  });
});
