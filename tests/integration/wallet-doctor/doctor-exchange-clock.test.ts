import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clobDoctorSession } from '../../../lib/adapters/wallet-doctor/clob-doctor-session';
import { startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from '../../unit/vault/vault-harness';

type FakePolymarket = Awaited<ReturnType<typeof startFakePolymarket>>;

// The fake checks L1/L2 timestamps against ITS clock (scenario time, far from this computer's), as the
// real CLOB does against its own: the doctor must sign on the exchange's time too.
let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 5, seed: 3, authClockToleranceSec: 30 });
});
afterAll(() => fake.close());

describe('the wallet doctor on the exchange clock', () => {
  it('derives and checks the API keys although the computer clock is far from the exchange’s', async () => {
    expect(Math.abs(fake.state.nowSec - Date.now() / 1000)).toBeGreaterThan(3600);
    const { vault } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.unlock(PASSPHRASE);
    const session = clobDoctorSession(vault, {
      signatureType: 0,
      funderAddress: null,
      clobUrl: fake.clobUrl,
      polygonRpcUrl: 'http://127.0.0.1:9',
      geoblockUrl: 'http://127.0.0.1:9',
    });
    const credentials = await session.credentials();
    expect(credentials).toEqual({ source: 'derived', l2: { ok: true } });
  });
});
