import type { ChainFacts, WalletFacts } from '../../../lib/core/wallet-doctor/wallet-facts';

export const SIGNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
export const PROXY = '0x1111111111111111111111111111111111111111';
const MAX = 2n ** 256n - 1n;

/** Chain state of a funded, fully approved wallet; override what a test needs. */
export function chainFacts(overrides: Partial<ChainFacts> = {}): ChainFacts {
  return {
    pusdMicros: 250_000_000n,
    usdceMicros: 0n,
    polWei: 10n ** 18n,
    pusdAllowance: { exchange: MAX, negRiskExchange: MAX, negRiskAdapter: MAX },
    ctfApproved: { exchange: true, negRiskExchange: true, negRiskAdapter: true },
    ctfAdapters: {
      pusdAllowance: { ctfCollateralAdapter: MAX, negRiskCtfCollateralAdapter: MAX },
      ctfApproved: { ctfCollateralAdapter: true, negRiskCtfCollateralAdapter: true },
    },
    ...overrides,
  };
}

/** Facts of a healthy EOA wallet: every check passes. */
export function healthyFacts(overrides: Partial<WalletFacts> = {}): WalletFacts {
  return {
    checkedAt: 1_000,
    hasWallet: true,
    unlocked: true,
    signer: SIGNER,
    signatureType: 0,
    funderAddress: null,
    region: { ok: true, value: { blocked: false, country: 'PT', region: null } },
    closedOnly: { ok: true, value: false },
    credentials: { ok: true, value: { source: 'derived', l2: { ok: true } } },
    chain: { ok: true, value: chainFacts() },
    exchange: {
      ok: true,
      value: {
        balanceMicros: 250_000_000n,
        allowances: { exchange: MAX, negRiskExchange: MAX, negRiskAdapter: MAX },
      },
    },
    ...overrides,
  };
}
