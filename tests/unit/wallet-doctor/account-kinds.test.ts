import { describe, expect, it } from 'vitest';
import { diagnoseWallet } from '../../../lib/core/wallet-doctor/diagnose-wallet';
import type { AccountProbe, WalletFacts } from '../../../lib/core/wallet-doctor/wallet-facts';
import { healthyFacts, SIGNER } from './doctor-facts';

const PROXY_OF_KEY = '0x365f0CA36Ae1f641E02fE3B7743673da42A13A70';
const SAFE_OF_KEY = '0xd93B25cb943D14d0d34FBaF01Fc93a0f8b5F6E47';
const OTHER = '0x2222222222222222222222222222222222222222';

const probe = (overrides: Partial<AccountProbe> = {}): WalletFacts['accounts'] => ({
  ok: true,
  value: {
    signerPusdMicros: 0n,
    proxyWallet: PROXY_OF_KEY,
    proxyPusdMicros: 0n,
    safeWallet: SAFE_OF_KEY,
    safePusdMicros: 0n,
    ...overrides,
  },
});

const kind = (facts: Partial<WalletFacts>) => {
  const c = diagnoseWallet(healthyFacts(facts)).checks.find((x) => x.id === 'signatureType');
  if (!c) throw new Error('no signatureType check');
  return c;
};

describe('account kinds', () => {
  it('a plain-wallet setup whose money sits in the email-login wallet of the key: "looks like an email-login account"', () => {
    const c = kind({ signatureType: 0, accounts: probe({ proxyPusdMicros: 40_000_000n }) });
    expect(c).toMatchObject({
      status: 'fail',
      explanation: { key: 'signatureType.looksLikeProxy', params: { wallet: PROXY_OF_KEY, signer: SIGNER } },
      fix: { key: 'signatureType.looksLikeProxyFix', params: { wallet: PROXY_OF_KEY } },
    });
  });

  it('…and in the browser-wallet Safe: "looks like a browser-wallet account"', () => {
    const c = kind({ signatureType: 0, accounts: probe({ safePusdMicros: 1n }) });
    expect(c.explanation.key).toBe('signatureType.looksLikeSafe');
    expect(c.fix?.params.wallet).toBe(SAFE_OF_KEY);
  });

  it('a plain wallet whose own address holds pUSD passes', () => {
    expect(kind({ accounts: probe({ signerPusdMicros: 5n, proxyPusdMicros: 5n }) }).status).toBe('pass');
  });

  it('email login with the funder empty points at the funded proxy address to paste', () => {
    const c = kind({ signatureType: 1, funderAddress: null, accounts: probe({ proxyPusdMicros: 9n }) });
    expect(c).toMatchObject({ status: 'fail', fix: { key: 'signatureType.looksLikeProxyFix' } });
  });

  it('email login pointing at the Safe of the key, or browser wallet pointing at its proxy, says which kind it is', () => {
    expect(kind({ signatureType: 1, funderAddress: SAFE_OF_KEY, accounts: probe() }).explanation.key).toBe(
      'signatureType.looksLikeSafe',
    );
    expect(kind({ signatureType: 2, funderAddress: PROXY_OF_KEY, accounts: probe() }).explanation.key).toBe(
      'signatureType.looksLikeProxy',
    );
  });

  it('a funder that is no Polymarket wallet of this key fails (key and address from different accounts)', () => {
    expect(kind({ signatureType: 1, funderAddress: OTHER, accounts: probe() }).explanation.key).toBe(
      'signatureType.funderNotOfKey',
    );
  });

  it('the matching kind and wallet pass', () => {
    expect(kind({ signatureType: 1, funderAddress: PROXY_OF_KEY, accounts: probe() }).status).toBe('pass');
    expect(
      kind({ signatureType: 2, funderAddress: SAFE_OF_KEY.toLowerCase(), accounts: probe() }).status,
    ).toBe('pass');
  });

  it('a deposit wallet (type 3) fails with the reason, whatever else is set', () => {
    const c = kind({ signatureType: 3, funderAddress: OTHER, accounts: probe() });
    expect(c).toMatchObject({ status: 'fail', explanation: { key: 'signatureType.depositWallet' } });
  });
});
