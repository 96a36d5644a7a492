import { describe, expect, it } from 'vitest';
import { missingApprovals } from '../../../lib/core/wallet-doctor/approval-plan';
import { diagnoseWallet } from '../../../lib/core/wallet-doctor/diagnose-wallet';
import { type DoctorCheckId, doctorPassed } from '../../../lib/core/wallet-doctor/doctor-report';
import type { WalletFacts } from '../../../lib/core/wallet-doctor/wallet-facts';
import { chainFacts, healthyFacts, PROXY, SIGNER } from './doctor-facts';

const check = (facts: WalletFacts, id: DoctorCheckId) => {
  const found = diagnoseWallet(facts).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('diagnoseWallet', () => {
  it('passes a funded, approved, unlocked EOA in an allowed region', () => {
    const report = diagnoseWallet(healthyFacts());
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['region', 'pass'],
      ['vault', 'pass'],
      ['signatureType', 'pass'],
      ['apiCredentials', 'pass'],
      ['collateral', 'pass'],
      ['gas', 'pass'],
      ['approval.exchange', 'pass'],
      ['approval.negRiskExchange', 'pass'],
      ['approval.negRiskAdapter', 'pass'],
      ['ctfApprovals', 'pass'],
      ['exchangeView', 'pass'],
    ]);
    expect(doctorPassed(report)).toBe(true);
    expect(report.funder).toBe(SIGNER);
    expect(report.checks.every((c) => c.fix === null)).toBe(true);
  });

  it('region: blocked and close-only fail (saying what happens to open positions), an unreachable check warns, account close-only fails', () => {
    const region = (value: { blocked: boolean; country: string | null; region: string | null }) =>
      check(healthyFacts({ region: { ok: true, value } }), 'region');
    expect(region({ blocked: true, country: 'IR', region: null })).toMatchObject({
      status: 'fail',
      explanation: { key: 'region.blocked', params: { where: 'IR' } },
    });
    expect(region({ blocked: true, country: 'US', region: 'NY' })).toMatchObject({
      status: 'fail',
      explanation: { key: 'region.closeOnly', params: { where: 'US / NY' } },
      fix: { key: 'region.closeOnlyFix' },
    });
    expect(region({ blocked: false, country: 'PL', region: null }).explanation.key).toBe('region.closeOnly');
    expect(region({ blocked: false, country: 'CA', region: 'ON' }).explanation.key).toBe('region.closeOnly');
    expect(region({ blocked: false, country: 'CA', region: 'NS' }).status).toBe('pass');
    expect(region({ blocked: false, country: 'IE', region: null }).explanation.key).toBe(
      'region.frontendCloseOnly',
    );
    expect(check(healthyFacts({ region: { ok: false, reason: 'timed out' } }), 'region')).toMatchObject({
      status: 'warn',
      explanation: { params: { reason: 'timed out' } },
    });
    const closed = check(healthyFacts({ closedOnly: { ok: true, value: true } }), 'region');
    expect(closed.status).toBe('fail');
  });

  it('vault: none and locked fail with the action to take', () => {
    expect(check(healthyFacts({ hasWallet: false, unlocked: false }), 'vault')).toMatchObject({
      status: 'fail',
      fix: { key: 'vault.noneFix' },
    });
    expect(check(healthyFacts({ unlocked: false }), 'vault')).toMatchObject({
      status: 'fail',
      fix: { key: 'vault.lockedFix' },
    });
  });

  it('API credentials: skipped while locked, warn when unknown, fail when refused or rejected', () => {
    expect(check(healthyFacts({ unlocked: false, credentials: null }), 'apiCredentials').status).toBe(
      'skipped',
    );
    expect(
      check(healthyFacts({ credentials: { ok: false, reason: 'offline' } }), 'apiCredentials').status,
    ).toBe('warn');
    const refused = healthyFacts({
      credentials: { ok: true, value: { source: 'refused', message: 'Invalid L1 Request headers' } },
    });
    expect(check(refused, 'apiCredentials').status).toBe('fail');
    expect(check(refused, 'exchangeView').status).toBe('skipped');
    const rejected = healthyFacts({
      credentials: { ok: true, value: { source: 'stored', l2: { ok: false, message: 'Unauthorized' } } },
    });
    expect(check(rejected, 'apiCredentials')).toMatchObject({
      status: 'fail',
      fix: { key: 'credentials.rejectedFix' },
    });
  });

  it.each([
    [0, null, 'pass', 'eoa'],
    [0, SIGNER.toLowerCase(), 'pass', 'eoa'],
    [0, PROXY, 'fail', 'eoaFunderDiffers'],
    [1, null, 'fail', 'funderMissing'],
    [1, SIGNER, 'fail', 'funderIsSigner'],
    [1, PROXY, 'pass', 'proxy'],
    [2, null, 'fail', 'funderMissing'],
    [2, PROXY, 'pass', 'safe'],
    [3, null, 'fail', 'depositWallet'],
    [3, SIGNER, 'fail', 'depositWallet'],
    [3, PROXY, 'fail', 'depositWallet'],
  ] as const)('signature type %i with funder %s → %s (%s)', (signatureType, funderAddress, status, key) => {
    const c = check(healthyFacts({ signatureType, funderAddress }), 'signatureType');
    expect(c.status).toBe(status);
    expect(c.explanation.key).toBe(`signatureType.${key}`);
  });

  it('collateral: pUSD passes, USDC.e alone explains wrapping, nothing fails, failed read warns', () => {
    expect(check(healthyFacts(), 'collateral').explanation).toEqual({
      key: 'collateral.funded',
      params: { amountUsd: '250.00' },
    });
    const unwrapped = healthyFacts({
      chain: { ok: true, value: chainFacts({ pusdMicros: 0n, usdceMicros: 12_345_678n }) },
    });
    expect(check(unwrapped, 'collateral')).toMatchObject({
      status: 'fail',
      explanation: { key: 'collateral.unwrapped', params: { amountUsd: '12.34' } },
      fix: { key: 'collateral.unwrappedFix' },
    });
    const empty = healthyFacts({ chain: { ok: true, value: chainFacts({ pusdMicros: 0n }) } });
    expect(check(empty, 'collateral').status).toBe('fail');
    expect(check(healthyFacts({ chain: { ok: false, reason: 'RPC down' } }), 'collateral').status).toBe(
      'warn',
    );
    expect(check(healthyFacts({ chain: null }), 'collateral').status).toBe('skipped');
  });

  it('gas: an EOA with missing approvals needs POL; proxies skip (relayer pays)', () => {
    const missing = chainFacts({
      polWei: 0n,
      ctfApproved: { exchange: false, negRiskExchange: true, negRiskAdapter: true },
    });
    expect(check(healthyFacts({ chain: { ok: true, value: missing } }), 'gas')).toMatchObject({
      status: 'fail',
      explanation: { key: 'gas.short', params: { count: '1', neededPol: '0.0100' } },
    });
    expect(
      check(healthyFacts({ chain: { ok: true, value: { ...missing, polWei: 10n ** 17n } } }), 'gas').status,
    ).toBe('pass');
    expect(
      check(healthyFacts({ chain: { ok: true, value: chainFacts({ polWei: 0n }) } }), 'gas').status,
    ).toBe('pass');
    expect(check(healthyFacts({ signatureType: 2, funderAddress: PROXY }), 'gas').status).toBe('skipped');
    expect(
      check(healthyFacts({ chain: { ok: true, value: chainFacts({ polWei: null }) } }), 'gas').status,
    ).toBe('warn');
  });

  it('approvals: each spender fails without pUSD allowance or CTF approval, warns on a low allowance', () => {
    const chain = chainFacts({
      pusdAllowance: { exchange: 0n, negRiskExchange: 1_000_000n, negRiskAdapter: 2n ** 255n },
      ctfApproved: { exchange: false, negRiskExchange: true, negRiskAdapter: false },
    });
    const facts = healthyFacts({ chain: { ok: true, value: chain } });
    expect(check(facts, 'approval.exchange')).toMatchObject({
      status: 'fail',
      explanation: { key: 'approval.none' },
    });
    expect(check(facts, 'approval.negRiskExchange')).toMatchObject({
      status: 'warn',
      explanation: { key: 'approval.low', params: { allowanceUsd: '1.00', balanceUsd: '250.00' } },
    });
    expect(check(facts, 'approval.negRiskAdapter')).toMatchObject({
      status: 'fail',
      explanation: { key: 'approval.noCtf' },
      fix: { key: 'approval.fixEoa' },
    });
    const proxy = healthyFacts({ signatureType: 1, funderAddress: PROXY, chain: { ok: true, value: chain } });
    expect(check(proxy, 'approval.exchange').fix?.key).toBe('approval.fixRelayer');
    expect(missingApprovals(facts.chain).map((m) => m.id)).toEqual([
      'pusd:exchange',
      'ctf:exchange',
      'ctf:negRiskAdapter',
    ]);
    const unknown = chainFacts({
      ctfApproved: { exchange: null, negRiskExchange: true, negRiskAdapter: true },
    });
    expect(check(healthyFacts({ chain: { ok: true, value: unknown } }), 'approval.exchange').status).toBe(
      'warn',
    );
  });

  it('exchange view: stale balance or allowance warns with a refresh, $0 everywhere fails', () => {
    const view = (balanceMicros: bigint, exchange: bigint | null = 1n) =>
      healthyFacts({
        exchange: {
          ok: true,
          value: { balanceMicros, allowances: { exchange, negRiskExchange: 1n, negRiskAdapter: 1n } },
        },
      });
    expect(check(view(0n), 'exchangeView')).toMatchObject({
      status: 'warn',
      explanation: { key: 'exchangeView.staleBalance', params: { chainUsd: '250.00' } },
      fix: { key: 'exchangeView.refreshFix' },
    });
    expect(check(view(5_000_000n, 0n), 'exchangeView').explanation.key).toBe('exchangeView.staleAllowance');
    expect(check(view(5_000_000n, null), 'exchangeView').status).toBe('warn');
    const empty = { ...view(0n), chain: { ok: true as const, value: chainFacts({ pusdMicros: 0n }) } };
    expect(check(empty, 'exchangeView').status).toBe('fail');
    expect(check(healthyFacts({ exchange: { ok: false, reason: '500' } }), 'exchangeView').status).toBe(
      'warn',
    );
  });

  it('doctorPassed: a required check that could not run or only warned is not a pass; an empty report does not pass', () => {
    expect(doctorPassed(diagnoseWallet(healthyFacts({ region: { ok: false, reason: 'x' } })))).toBe(false);
    expect(doctorPassed(diagnoseWallet(healthyFacts({ unlocked: false })))).toBe(false);
    expect(doctorPassed({ checks: [], signatureType: 0 })).toBe(false);
    // A stale exchange cache is a warning that does not block: the chain facts are known.
    const stale = healthyFacts({
      exchange: {
        ok: true,
        value: { balanceMicros: 0n, allowances: { exchange: 0n, negRiskExchange: 0n, negRiskAdapter: 0n } },
      },
    });
    expect(check(stale, 'exchangeView').status).toBe('warn');
    expect(doctorPassed(diagnoseWallet(stale))).toBe(true);
  });
});
