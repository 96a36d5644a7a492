import { describe, expect, it } from 'vitest';
import { diagnoseWallet } from '../../../lib/core/wallet-doctor/diagnose-wallet';
import { blockingChecks, doctorPassed } from '../../../lib/core/wallet-doctor/doctor-report';
import { healthyFacts, PROXY } from './doctor-facts';

/** Issue 21: the doctor said "Ready" while region, pUSD, POL and approvals were all unknown. */
describe('unknown is not allowed', () => {
  it('region "Failed to fetch" and an unreadable chain keep live trading off, naming each check', () => {
    const report = diagnoseWallet(
      healthyFacts({
        region: { ok: false, reason: 'Failed to fetch' },
        chain: { ok: false, reason: 'Failed to fetch' },
      }),
    );
    expect(report.checks.some((c) => c.status === 'fail')).toBe(false);
    expect(doctorPassed(report)).toBe(false);
    expect(blockingChecks(report).map((c) => c.id)).toEqual([
      'region',
      'collateral',
      'gas',
      'approval.exchange',
      'approval.negRiskExchange',
      'approval.negRiskAdapter',
    ]);
    // Each says how to make it run.
    for (const c of blockingChecks(report)) expect(c.fix).not.toBeNull();
  });

  it('with no key at all nothing reads as a pass for the key, and the report does not pass', () => {
    const report = diagnoseWallet(
      healthyFacts({
        hasWallet: false,
        unlocked: false,
        signer: null,
        credentials: null,
        chain: null,
        exchange: null,
      }),
    );
    const sig = report.checks.find((c) => c.id === 'signatureType');
    expect(sig).toMatchObject({ status: 'skipped', explanation: { key: 'signatureType.needsKey' } });
    expect(JSON.stringify(report)).not.toContain('signatureType.eoa"');
    expect(report.checks.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(['region']);
    expect(doctorPassed(report)).toBe(false);
  });

  it('a report made only of warnings and skipped checks does not pass', () => {
    const report = diagnoseWallet(
      healthyFacts({
        region: { ok: false, reason: 'timeout' },
        credentials: { ok: false, reason: 'timeout' },
        chain: { ok: false, reason: 'timeout' },
        exchange: null,
      }),
    );
    expect(report.checks.every((c) => c.status !== 'fail')).toBe(true);
    expect(doctorPassed(report)).toBe(false);
  });

  it('gas skipped is not needed for a Polymarket wallet (the relayer pays), but is for a plain wallet', () => {
    const proxy = diagnoseWallet(healthyFacts({ signatureType: 1, funderAddress: PROXY }));
    expect(proxy.checks.find((c) => c.id === 'gas')?.status).toBe('skipped');
    expect(blockingChecks(proxy).map((c) => c.id)).not.toContain('gas');
    const eoa = diagnoseWallet(healthyFacts());
    const withoutGas = {
      ...eoa,
      checks: eoa.checks.map((c) => (c.id === 'gas' ? { ...c, status: 'skipped' as const } : c)),
    };
    expect(doctorPassed(withoutGas)).toBe(false);
  });
});
