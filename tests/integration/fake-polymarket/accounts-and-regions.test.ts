import { ClobClient, OrderType, Side } from '@polymarket/clob-client-v2';
import { createWalletClient, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { polygon } from 'viem/chains';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REGION_RESTRICTED } from '../../fake-polymarket/routes/place-signed-order.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

const HARDHAT_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const account = privateKeyToAccount(HARDHAT_KEY);
const signer = createWalletClient({ account, chain: polygon, transport: http('http://127.0.0.1:9') });
const DEPOSIT_WALLET = '0x3333333333333333333333333333333333333333';

let fake: FakePolymarket;
let tokenId: string;
let creds: Awaited<ReturnType<ClobClient['createOrDeriveApiKey']>>;

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 11 });
  const market = fake.state.markets.find((m) => !m.closed && !m.negRisk);
  if (!market) throw new Error('no open market');
  tokenId = market.tokens[0].tokenId;
  creds = await new ClobClient({ host: fake.clobUrl, chain: 137, signer }).createOrDeriveApiKey();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.state.geoblock = { country: 'PT', region: null, trading: 'open' };
});

const buy = (client: ClobClient) =>
  client.createAndPostMarketOrder(
    { tokenID: tokenId, amount: 10, side: Side.BUY, orderType: OrderType.FOK },
    undefined,
    OrderType.FOK,
  );

describe('the fake exchange: account kinds and regions, as the real one', () => {
  it('refuses a deposit-wallet (type 3) order signed by clob-client-v2 with the API key of the signing key', async () => {
    const client = new ClobClient({
      host: fake.clobUrl,
      chain: 137,
      signer,
      creds,
      signatureType: 3,
      funderAddress: DEPOSIT_WALLET,
    });
    const answer = (await buy(client)) as unknown as { error?: string; status?: number };
    expect(answer).toMatchObject({
      error: 'the order signer address has to be the address of the API KEY',
      status: 400,
    });
  });

  it('geoblock endpoint answers each case; close-only refuses buys but lets a holder sell; blocked refuses all', async () => {
    const client = new ClobClient({ host: fake.clobUrl, chain: 137, signer, creds, signatureType: 0 });
    expect(await buy(client)).toMatchObject({ success: true, status: 'matched' });
    const geoblock = async () => (await fetch(fake.geoblockUrl)).json();
    expect(await geoblock()).toMatchObject({ blocked: false, country: 'PT' });

    fake.state.geoblock = { country: 'SG', region: null, trading: 'closeOnly' };
    expect(await geoblock()).toMatchObject({ blocked: true, country: 'SG' });
    expect(await buy(client)).toMatchObject({ error: REGION_RESTRICTED, status: 403 });
    const held = fake.state.accounts.position(account.address, tokenId).size;
    const sell = await client.createAndPostMarketOrder(
      {
        tokenID: tokenId,
        amount: Number(held) / 1e6,
        side: Side.SELL,
        orderType: OrderType.FAK,
        price: 0.01,
      },
      undefined,
      OrderType.FAK,
    );
    expect(sell).toMatchObject({ success: true });

    fake.state.geoblock = { country: 'IR', region: null, trading: 'blocked' };
    expect(await geoblock()).toMatchObject({ blocked: true, country: 'IR' });
    expect(await buy(client)).toMatchObject({ error: REGION_RESTRICTED, status: 403 });
  });
});
