import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { polyHmac } from '../../fake-polymarket/auth/verify-l2-headers.ts';
import {
  orderHashV2,
  parseWireOrderV2,
  recoverOrderSigner,
} from '../../fake-polymarket/auth/verify-order-signature.ts';
import { executeOrder, FAK_NO_MATCH, FOK_KILLED } from '../../fake-polymarket/exchange/execute-order.ts';
import { HOUSE } from '../../fake-polymarket/exchange/resting-order.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { FIXTURE_DIR } from '../../unit/polymarket/fixtures.ts';

const VECTORS = resolve(FIXTURE_DIR, 'SELF-GENERATED.signing-vectors-v2.json');
const account = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 11, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

function openMarket() {
  const market = fake.state.markets.find((m) => !m.closed && !m.negRisk && m.tickSize === '0.01');
  if (!market) throw new Error('no market');
  market.feesEnabled = true;
  market.feeSchedule = { exponent: 1, rate: 0.07, takerOnly: true, rebateRate: 0.2 };
  const book = fake.state.book(market);
  book.removeWhere(() => true);
  book.add({
    id: 'ask-1',
    owner: HOUSE,
    apiKey: null,
    conditionId: market.conditionId,
    tokenId: market.tokens[0].tokenId,
    tokenIndex: 0,
    side: 'SELL',
    price: 400_000n,
    originalSize: 100_000_000n,
    remaining: 100_000_000n,
    orderType: 'GTC',
    createdAtSec: 0,
    expiration: '0',
    status: 'LIVE',
    associateTrades: [],
  });
  return market;
}

const buy = (
  market: ReturnType<typeof openMarket>,
  id: string,
  usdc: number,
  shares: number,
  orderType: 'FOK' | 'FAK',
) =>
  executeOrder(fake.state, {
    id,
    owner: '0x00000000000000000000000000000000000000aa',
    apiKey: 'k',
    market,
    tokenIndex: 0,
    side: 'BUY',
    makerAmount: BigInt(usdc * 1e6),
    takerAmount: BigInt(shares * 1e6),
    orderType,
    expiration: '0',
  });

describe('matching engine', () => {
  it('FAK fills partially with the hand-computed taker fee, then FOK is killed and FAK finds nothing', () => {
    const market = openMarket();
    const result = buy(market, '0x01', 80, 200, 'FAK');
    expect(result).toMatchObject({
      ok: true,
      response: { status: 'matched', takingAmount: '100', makingAmount: '40' },
    });
    // fee = 100 shares × 0.07 × 0.4 × 0.6 = 1.68
    expect(fake.state.accounts.get('0x00000000000000000000000000000000000000aa').collateral).toBe(
      1_000_000_000n - 40_000_000n - 1_680_000n,
    );
    expect(buy(market, '0x02', 10, 25, 'FOK')).toEqual({ ok: false, error: FOK_KILLED });
    expect(buy(market, '0x03', 10, 25, 'FAK')).toEqual({ ok: false, error: FAK_NO_MATCH });
    expect(buy(market, '0x01', 10, 25, 'FAK')).toEqual({
      ok: false,
      error: 'order 0x01 is invalid. Duplicated.',
    });
  });

  it('rejects off-tick prices, small sizes and missing balance with Polymarket messages', () => {
    const market = openMarket();
    expect(buy(market, '0x10', 4.35, 10, 'FOK')).toEqual({
      ok: false,
      error: 'order 0x10 is invalid. Price (0.435) breaks minimum tick size rule: 0.01',
    });
    expect(buy(market, '0x11', 1.2, 3, 'FOK')).toEqual({
      ok: false,
      error: 'order 0x11 is invalid. Size (3) lower than the minimum: 5',
    });
    expect(buy(market, '0x12', 4000, 10000, 'FOK')).toEqual({
      ok: false,
      error: 'not enough balance / allowance',
    });
  });
});

describe('auth and order signatures', () => {
  it('verifies the V2 known-answer vector (order hash and signer)', async () => {
    const vectors = JSON.parse(readFileSync(VECTORS, 'utf8'));
    const order = parseWireOrderV2(vectors.postBody.order);
    if (!order) throw new Error('vector order does not parse');
    expect(orderHashV2(order, false)).toBe(vectors.orderHash);
    expect(await recoverOrderSigner(order, false)).toBe(vectors.recovered);
  });

  it('HMAC matches the published vector; bad L2 headers get 401', async () => {
    const secret = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    expect(polyHmac(secret, '1000000', 'test-sign', '/orders', '{"hash": "0x123"}')).toBe(
      'ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=',
    );
    const res = await fetch(`${fake.clobUrl}/data/orders`, {
      headers: {
        POLY_API_KEY: 'x',
        POLY_SIGNATURE: 'y',
        POLY_TIMESTAMP: '1',
        POLY_ADDRESS: account.address,
        POLY_PASSPHRASE: 'p',
      },
    });
    expect([res.status, await res.json()]).toEqual([401, { error: 'Unauthorized/Invalid api key' }]);
  });

  it('L1: create twice → "Could not create api key", derive unknown nonce → "Could not derive api key!"', async () => {
    const l1 = async (nonce: number) => {
      const timestamp = '1700000000';
      const signature = await account.signTypedData({
        domain: { name: 'ClobAuthDomain', version: '1', chainId: 137 },
        types: {
          ClobAuth: [
            { name: 'address', type: 'address' },
            { name: 'timestamp', type: 'string' },
            { name: 'nonce', type: 'uint256' },
            { name: 'message', type: 'string' },
          ],
        },
        primaryType: 'ClobAuth',
        message: {
          address: account.address,
          timestamp,
          nonce: BigInt(nonce),
          message: 'This message attests that I control the given wallet',
        },
      });
      return {
        POLY_ADDRESS: account.address,
        POLY_SIGNATURE: signature,
        POLY_TIMESTAMP: timestamp,
        POLY_NONCE: String(nonce),
      };
    };
    const first = await fetch(`${fake.clobUrl}/auth/api-key`, { method: 'POST', headers: await l1(5) });
    expect(Object.keys(await first.json())).toEqual(['apiKey', 'secret', 'passphrase']);
    const second = await fetch(`${fake.clobUrl}/auth/api-key`, { method: 'POST', headers: await l1(5) });
    expect([second.status, await second.json()]).toEqual([400, { error: 'Could not create api key' }]);
    const derive = await fetch(`${fake.clobUrl}/auth/derive-api-key`, { headers: await l1(6) });
    expect([derive.status, await derive.json()]).toEqual([400, { error: 'Could not derive api key!' }]);
  });
});

describe('faults, request log, websocket', () => {
  it('429 with Cloudflare HTML + Retry-After once, then normal; log records both', async () => {
    fake.requestLog.reset();
    fake.faults.set('GET /clob/time', { kind: '429', retryAfter: 3 }, { times: 1 });
    const limited = await fetch(`${fake.clobUrl}/time`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    expect(await limited.text()).toContain('Cloudflare');
    expect((await fetch(`${fake.clobUrl}/time`)).status).toBe(200);
    expect(fake.requestLog.find('GET', '/time').map((e) => e.status)).toEqual([429, 200]);
    fake.faults.set('/clob/order', { kind: '503-cancel-only' });
    const blocked = await fetch(`${fake.clobUrl}/order`, { method: 'POST', body: '{}' });
    expect([blocked.status, await blocked.json()]).toEqual([
      503,
      { error: 'Trading is currently cancel-only. New orders are not accepted, but cancels are allowed.' },
    ]);
    fake.faults.set('/gamma/markets', { kind: 'malformed-json' }, { times: 1 });
    await expect((await fetch(`${fake.gammaUrl}/markets`)).json()).rejects.toThrow();
    fake.faults.clear();
  });

  it('subscribes, answers PING with PONG, pushes price_change on a requote', async () => {
    const market = fake.state.markets.find((m) => !m.closed);
    if (!market) throw new Error('no market');
    const socket = new WebSocket(fake.wsMarketUrl);
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(data.toString()));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ assets_ids: [market.tokens[0].tokenId], type: 'market' }));
    socket.send('PING');
    await new Promise((resolve) => setTimeout(resolve, 50));
    fake.scenario.requote(market, 0.5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dump = JSON.parse(messages[0] ?? 'null');
    expect(Array.isArray(dump) && dump[0].event_type).toBe('book');
    expect(messages).toContain('PONG');
    const change = messages
      .map((m) => (m === 'PONG' ? null : JSON.parse(m)))
      .find((m) => m?.event_type === 'price_change');
    expect(Object.keys(change.price_changes[0])).toEqual([
      'asset_id',
      'price',
      'size',
      'side',
      'hash',
      'best_bid',
      'best_ask',
    ]);
    socket.close();
  });
});
