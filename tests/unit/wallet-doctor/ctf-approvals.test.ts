import { describe, expect, it } from 'vitest';
import { missingApprovals, missingCtfApprovals } from '../../../lib/core/wallet-doctor/approval-plan';
import { checkCtfApprovals } from '../../../lib/core/wallet-doctor/check-ctf-approvals';
import { diagnoseWallet } from '../../../lib/core/wallet-doctor/diagnose-wallet';
import { doctorPassed } from '../../../lib/core/wallet-doctor/doctor-report';
import { chainFacts, healthyFacts } from './doctor-facts';

const MAX = 2n ** 256n - 1n;
const adapters = (standard: [bigint, boolean], negRisk: [bigint, boolean]) =>
  chainFacts({
    ctfAdapters: {
      pusdAllowance: { ctfCollateralAdapter: standard[0], negRiskCtfCollateralAdapter: negRisk[0] },
      ctfApproved: { ctfCollateralAdapter: standard[1], negRiskCtfCollateralAdapter: negRisk[1] },
    },
  });

describe('wallet doctor: approvals for split, merge and redeem (the collateral adapters)', () => {
  it('names the market kind whose split or merge/redeem approval is missing, and offers exactly those calls', () => {
    const chain = { ok: true as const, value: adapters([0n, true], [MAX, false]) };
    const check = checkCtfApprovals({ signatureType: 0, chain });
    expect(check).toMatchObject({
      status: 'warn',
      explanation: { key: 'ctfApprovals.missing.both', params: { count: '2' } },
      fix: { key: 'ctfApprovals.fixEoa' },
    });
    expect(missingCtfApprovals(chain).map((a) => a.id)).toEqual([
      'pusd:ctfCollateralAdapter',
      'ctf:negRiskCtfCollateralAdapter',
    ]);
    // Trading approvals are unaffected, and the gas check does not count these.
    expect(missingApprovals(chain)).toEqual([]);
    const standardOnly = { ok: true as const, value: adapters([MAX, false], [MAX, true]) };
    expect(checkCtfApprovals({ signatureType: 2, chain: standardOnly })).toMatchObject({
      explanation: { key: 'ctfApprovals.missing.standard', params: { count: '1' } },
      fix: { key: 'ctfApprovals.fixRelayer' },
    });
  });

  it('warns without blocking live trading on the books, and never passes on an unread approval', () => {
    const facts = healthyFacts({ chain: { ok: true, value: adapters([0n, false], [0n, false]) } });
    expect(doctorPassed(diagnoseWallet(facts))).toBe(true);
    const unread = chainFacts({ ctfAdapters: null });
    expect(checkCtfApprovals({ signatureType: 0, chain: { ok: true, value: unread } })).toMatchObject({
      status: 'warn',
      explanation: { key: 'ctfApprovals.unknown' },
    });
  });
});
