import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKalshiExchangeFactory } from '../../../lib/adapters/kalshi/kalshi-exchange-factory';
import { operationalError } from '../../../lib/errors/app-error';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '7d2c1e0f-3a4b-4c5d-8e6f-9a0b1c2d3e4f';
const key = freshKalshiKey();
let demo: FakeKalshi;
let production: FakeKalshi;

beforeAll(async () => {
  [demo, production] = await Promise.all([
    startFakeKalshi({ markets: 3, initialBalanceUsd: 25 }),
    startFakeKalshi({ markets: 3, initialBalanceUsd: 4000 }),
  ]);
  demo.keys.register(KEY_ID, key.publicPem);
  production.keys.register(KEY_ID, key.publicPem);
});
afterAll(async () => {
  await demo.close();
  await production.close();
});

const settingsWith = (kalshi: Partial<Settings['kalshi']>): Settings => ({
  ...DEFAULT_SETTINGS,
  kalshi: {
    ...DEFAULT_SETTINGS.kalshi,
    demoRestUrl: demo.restUrl,
    productionRestUrl: production.restUrl,
    ...kalshi,
  },
});

describe('the live Kalshi exchange of the settings', () => {
  it('trades on demo until the user switches to production', async () => {
    expect(DEFAULT_SETTINGS.kalshi.kalshiEnvironment).toBe('demo');
    const exchangeFor = createKalshiExchangeFactory({
      keys: { credentials: async () => ({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem }) },
    });
    expect(await (await exchangeFor(settingsWith({}))).balance()).toBe(25_000_000);
    const live = await exchangeFor(settingsWith({ kalshiEnvironment: 'production' }));
    expect(await live.balance()).toBe(4_000_000_000);
  });

  it('a lapsed Kalshi location attestation: entries refused up front, sales still go through', async () => {
    const exchangeFor = createKalshiExchangeFactory({
      keys: { credentials: async () => ({ keyId: KEY_ID, privateKeyPem: key.pkcs8Pem }) },
    });
    demo.state.regionAttestationExpiresTs = Math.floor(Date.now() / 1000) - 86_400;
    const lapsed = await exchangeFor(settingsWith({}));
    demo.state.regionAttestationExpiresTs = Math.floor(Date.now() / 1000) + 86_400;
    const attested = await exchangeFor(settingsWith({}));
    demo.state.regionAttestationExpiresTs = undefined;
    expect(lapsed.entriesRefused).toMatchObject({
      code: 'kalshi_attestation_lapsed',
      message: expect.stringContaining('Kalshi location attestation for API keys lapsed'),
    });
    expect(attested.entriesRefused).toBeUndefined();
    const ticker = [...demo.state.markets.keys()][0] ?? '';
    const request = {
      tokenId: `${ticker}:yes`,
      orderType: 'FAK' as const,
      limitPrice: 500_000,
      amount: 1_000_000,
      tickSize: 10_000,
      negRisk: false,
      feeRate: { rate: 0.07, exponent: 1 },
    };
    await expect(lapsed.prepare({ ...request, side: 'BUY' }, 'k-1')).rejects.toMatchObject({
      code: 'region_close_only',
      text: { code: 'kalshi_attestation_lapsed' },
    });
    await expect(lapsed.prepare({ ...request, side: 'SELL' }, 'k-2')).resolves.toMatchObject({
      clientKey: 'k-2',
    });
  });

  it('refuses while the vault holds no usable key, in the vault words', async () => {
    const exchangeFor = createKalshiExchangeFactory({
      keys: {
        credentials: async () => {
          throw operationalError('Unlock the wallet to trade on Kalshi.', { code: 'wallet_locked' });
        },
      },
    });
    await expect(exchangeFor(settingsWith({}))).rejects.toMatchObject({ code: 'wallet_locked' });
  });
});
