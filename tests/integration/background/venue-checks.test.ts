import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCoded } from '../../../components/ui/coded-text';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import type { KalshiCheckKeys } from '../../../lib/adapters/venues/kalshi/kalshi-checks';
import type { VenueCheck } from '../../../lib/app/ports/venue-diagnostics-port';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { localeMessages, lookupIn } from '../../unit/components/locale-messages';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';
import { testBackground } from '../support/test-platform';

/**
 * The options page's "Check endpoints", through the background's handler: Polymarket's three APIs as
 * before, and, while Kalshi is on, Kalshi's REST API, the API key (saved, unlocked, accepted by one
 * signed read) and the location attestation, each coded and worded in English and French, against
 * the fake Kalshi. Nothing of the key is ever in an answer.
 */
const KEY_ID = '0b8f3c2a-5d4e-4f60-9a1b-2c3d4e5f6a7b';
const key = freshKalshiKey();
const other = freshKalshiKey();
const DAY = 86_400_000;
let poly: FakePolymarket;
let kalshi: FakeKalshi;
let bg: ReturnType<typeof testBackground>;
const vault: { status: 'ok' | 'missing' | 'locked' | 'stale'; pem: string } = {
  status: 'missing',
  pem: key.pkcs1Pem,
};
const keys: KalshiCheckKeys = {
  kalshiKeyStatus: async () => vault.status,
  credentials: async () => ({ keyId: KEY_ID, privateKeyPem: vault.pem }),
};
const en = lookupIn(localeMessages('en'));
const fr = lookupIn(localeMessages('fr'));
const page = { kind: 'extension-page', url: undefined } as const;

beforeAll(async () => {
  poly = await startFakePolymarket({ markets: 4, seed: 2 });
  kalshi = await startFakeKalshi({ markets: 3, seed: 3, startTimeMs: Date.now() });
  kalshi.keys.register(KEY_ID, key.publicPem);
  const clock = { now: () => kalshi.state.nowMs };
  const endpoints = { gammaUrl: poly.gammaUrl, clobUrl: poly.clobUrl, dataUrl: poly.dataUrl };
  const store = createStore(new EquilibrageDatabase(`venue-checks-${process.pid}-${Date.now()}`), clock.now);
  const seeded = await store.settings.update({ endpoints, kalshi: { demoRestUrl: kalshi.restUrl } });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));
  let n = 0;
  bg = testBackground({
    store,
    clock,
    ids: { next: () => `id-${++n}` },
    clients: createPolymarketClients({ endpoints }),
    kalshiKeys: keys,
  });
});
afterAll(async () => {
  await poly.close();
  await kalshi.close();
});

async function checks(): Promise<VenueCheck[]> {
  const answer = await bg.handlers['endpoints.check']({}, page);
  const text = JSON.stringify(answer);
  expect(text).not.toContain(KEY_ID);
  for (const line of key.pkcs1Pem.split('\n').filter((l) => l.length > 16)) expect(text).not.toContain(line);
  return answer;
}

/** The Kalshi lines as the page words them: name → [code, English, French]. */
async function kalshiLines(): Promise<Record<string, [string, string, string]>> {
  const out: Record<string, [string, string, string]> = {};
  for (const c of (await checks()).filter((x) => x.venue === 'kalshi'))
    out[c.name] = [
      c.text?.code ?? '',
      renderCoded('venueChecks.codes', c.detail, c.text, en, 'en-US'),
      renderCoded('venueChecks.codes', c.detail, c.text, fr, 'fr-FR'),
    ];
  return out;
}

describe('the diagnostics check each enabled venue', () => {
  it('Kalshi off: only Polymarket’s three APIs, as before', async () => {
    const answer = await checks();
    expect(answer.map((c) => [c.venue, c.name, c.ok])).toEqual([
      ['polymarket', 'gamma', true],
      ['polymarket', 'clob', true],
      ['polymarket', 'data', true],
    ]);
    expect(answer[0]?.detail).toMatch(/markets listed/);
    // Coded too, so a French page words them in French (not the English detail).
    expect(answer.map((c) => c.text?.code)).toEqual([
      'polymarket_markets_listed',
      'polymarket_book_read',
      'polymarket_trades_read',
    ]);
    expect(answer[0]?.text?.params.listed).toBeGreaterThan(0);
  });

  it('Kalshi on without a key: the API answers, the key is missing, the location is not checked', async () => {
    expect(await bg.store.settings.update({ kalshi: { enabled: true } })).toMatchObject({ ok: true });
    const lines = await kalshiLines();
    expect(lines.kalshi_rest).toEqual([
      'kalshi_rest_ok',
      'reachable: exchange open, trading active',
      'joignable : place ouverte, négociation active',
    ]);
    expect(lines.kalshi_key?.[0]).toBe('kalshi_key_missing');
    expect(lines.kalshi_key?.[2]).toMatch(/^aucune clé d’API Kalshi enregistrée/);
    expect(lines.kalshi_region?.[0]).toBe('kalshi_region_unchecked');
    vault.status = 'locked';
    expect((await kalshiLines()).kalshi_key?.slice(0, 2)).toEqual([
      'kalshi_key_locked',
      'the wallet is locked: the Kalshi key is sealed in it; unlock it to check the key',
    ]);
  });

  it('a key Kalshi accepts: the attestation as Kalshi says it (never, until a date, lapsed)', async () => {
    vault.status = 'ok';
    let lines = await kalshiLines();
    expect(lines.kalshi_key?.[0]).toBe('kalshi_key_accepted');
    expect(lines.kalshi_region?.[0]).toBe('kalshi_region_never');
    const until = kalshi.state.nowMs + 30 * DAY;
    kalshi.state.regionAttestationExpiresTs = Math.floor(until / 1000);
    lines = await kalshiLines();
    const date = new Date(until).toISOString().slice(0, 10);
    expect(lines.kalshi_region).toEqual([
      'kalshi_region_attested',
      `location attested until ${date}`,
      `localisation attestée jusqu’au ${date}`,
    ]);
    kalshi.state.regionAttestationExpiresTs = Math.floor((kalshi.state.nowMs - DAY) / 1000);
    lines = await kalshiLines();
    expect(lines.kalshi_region?.[0]).toBe('kalshi_region_lapsed');
    expect(lines.kalshi_region?.[2]).toMatch(/les positions peuvent seulement être réduites/);
    kalshi.state.regionAttestationExpiresTs = undefined;
  });

  it('a key Kalshi refuses, a paused exchange: said so, in both languages', async () => {
    vault.pem = other.pkcs1Pem;
    const refused = await kalshiLines();
    expect(refused.kalshi_key?.[0]).toBe('kalshi_key_refused');
    expect(refused.kalshi_key?.[1]).toMatch(/^refused by Kalshi \(HTTP 401\)/);
    expect(refused.kalshi_key?.[2]).toMatch(/^refusée par Kalshi \(HTTP 401\)/);
    expect(refused.kalshi_region?.[0]).toBe('kalshi_region_unchecked');
    vault.pem = key.pkcs1Pem;
    kalshi.state.tradingActive = false;
    const paused = await kalshiLines();
    expect(paused.kalshi_rest?.slice(0, 3)).toEqual([
      'kalshi_rest_paused',
      'reachable, but Kalshi has paused trading',
      'joignable, mais Kalshi a suspendu la négociation',
    ]);
    kalshi.state.tradingActive = true;
  });
});
