import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntelligenceServices } from '../../../lib/app/intelligence/intelligence-services';
import { isAppError } from '../../../lib/errors/app-error';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { localeMessages } from '../../unit/components/locale-messages';
import { makeHarness } from '../trading/support/trading-harness';
import { harness, passContext } from './scan-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 3, protocolV2Markets: 3 });
});
afterAll(() => fake.close());

describe('newer-protocol (v2) markets', () => {
  it('the scanner lists them as rejected with a reason the user can read (EN + FR), never as opportunities', async () => {
    const v2 = fake.state.markets.filter((m) => m.version === 'v2');
    expect(v2).toHaveLength(3);
    const gamma = await (await fetch(`${fake.gammaUrl}/markets?id=${v2[0]?.id}`)).json();
    expect(gamma[0]).toMatchObject({ version: 'v2', positionIds: expect.any(String) });
    expect(gamma[0].clobTokenIds).toBeUndefined();

    const h = await harness(fake, {});
    const services = createIntelligenceServices({ ...h, settings: async () => h.settings });
    await services.scanPass(passContext('scan-v2'));
    const ids = new Set(v2.map((m) => m.id));
    const opportunities = await h.store.opportunities.all();
    expect(opportunities.some((o) => ids.has(o.marketId))).toBe(false);
    for (const market of v2) {
      const row = await h.store.rejections.get(market.id);
      expect(row).toMatchObject({
        rule: 'unsupported_version',
        messageText: { code: 'unsupported_version' },
      });
      expect(row?.message).toContain("Polymarket's newer protocol (v2)");
    }
    expect(localeMessages('en').get('rejections.unsupported_version')).toContain('{version}');
    expect(localeMessages('fr').get('rejections.unsupported_version')).toContain('nouveau protocole');
    await h.db.delete();
  });

  it('the trading engine refuses to enter one, and sends nothing', async () => {
    const market = fake.state.markets.find((m) => m.version === 'v2');
    if (!market) throw new Error('no v2 market');
    const h = await makeHarness(fake);
    const before = fake.requestLog.count('POST', '/order');
    const error = await h.services.engine.enter(market.id).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('market_version_unsupported');
    expect(await h.store.positions.all()).toEqual([]);
    expect(fake.requestLog.count('POST', '/order')).toBe(before);
  });
});
