import { afterEach, describe, expect, it } from 'vitest';
import { proxyWalletOf, safeWalletOf } from '../../../lib/adapters/wallet-doctor/account-addresses';
import type { PlannedApproval } from '../../../lib/app/wallet-doctor/doctor-ports';
import { blockingChecks, type DoctorReport } from '../../../lib/core/wallet-doctor/doctor-report';
import type { DoctorStatusView } from '../../../lib/messaging/wallet-doctor-protocol';
import type { Settings } from '../../../lib/settings/schema';
import { HARDHAT_ADDRESS } from '../../unit/vault/vault-harness';
import { doctorHarness } from './doctor-harness';

type Harness = Awaited<ReturnType<typeof doctorHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const PROXY = proxyWalletOf(HARDHAT_ADDRESS);
const SAFE = safeWalletOf(HARDHAT_ADDRESS);
const lower = (a: string) => a.toLowerCase();
const check = (r: DoctorReport, id: string) => r.checks.find((c) => c.id === id);

async function runAndTryLive(harness: Harness) {
  const report = await harness.call<DoctorReport>('doctor.run');
  const status = await harness.call<DoctorStatusView>('doctor.status');
  const live = await harness.call<Settings>('mode.setLive', { confirm: true }).catch((e: unknown) => e);
  return { report, status, live, mode: (await harness.store.settings.get()).mode };
}

describe('wallet doctor: every account kind against the fake CLOB and the Polygon stub', () => {
  it('plain-wallet setup, but the pUSD sits in the email-login wallet of the key: says so, names the address, live stays off', async () => {
    h = await doctorHarness();
    h.chain.state.pusdOf = { [lower(HARDHAT_ADDRESS)]: 0n, [lower(SAFE)]: 0n };
    const { report, live, mode } = await runAndTryLive(h);
    expect(check(report, 'signatureType')).toMatchObject({
      status: 'fail',
      explanation: { key: 'signatureType.looksLikeProxy', params: { wallet: PROXY } },
      fix: { key: 'signatureType.looksLikeProxyFix' },
    });
    expect(live).toBeInstanceOf(Error);
    expect(mode).toBe('paper');
  });

  it('email login (type 1) with its wallet: passes; approvals are left to Polymarket (no EOA transaction offered)', async () => {
    h = await doctorHarness({ wallet: { signatureType: 1, funderAddress: PROXY } });
    const ok = await runAndTryLive(h);
    expect(blockingChecks(ok.report)).toEqual([]);
    expect(check(ok.report, 'signatureType')?.explanation.key).toBe('signatureType.proxy');
    expect(check(ok.report, 'gas')?.status).toBe('skipped');
    expect(ok.mode).toBe('live');

    await h.store.settings.update({ mode: 'paper' });
    h.chain.state.allowance.exchange = 0n;
    const missing = await h.call<DoctorReport>('doctor.run');
    expect(check(missing, 'approval.exchange')).toMatchObject({
      status: 'fail',
      fix: { key: 'approval.fixRelayer' },
    });
    expect(await h.call<PlannedApproval[]>('doctor.approvals')).toEqual([]);
    await expect(h.call('doctor.approve', { id: 'pusd:exchange' })).rejects.toThrow('polymarket.com');
    expect(h.chain.state.sent).toEqual([]);
  });

  it('browser wallet (type 2) with its Safe passes; with the email-login wallet pasted it says which kind it is', async () => {
    h = await doctorHarness({ wallet: { signatureType: 2, funderAddress: SAFE } });
    expect((await runAndTryLive(h)).mode).toBe('live');
    await h.store.settings.update({ mode: 'paper', wallet: { funderAddress: PROXY } });
    const wrong = await runAndTryLive(h);
    expect(check(wrong.report, 'signatureType')?.explanation.key).toBe('signatureType.looksLikeProxy');
    expect(wrong.mode).toBe('paper');
  });

  it('a funder that belongs to another account fails', async () => {
    h = await doctorHarness({
      wallet: { signatureType: 1, funderAddress: '0x2222222222222222222222222222222222222222' },
    });
    const { report, mode } = await runAndTryLive(h);
    expect(check(report, 'signatureType')?.explanation.key).toBe('signatureType.funderNotOfKey');
    expect(mode).toBe('paper');
  });

  it('deposit wallet (type 3): fails with the exchange rule in plain words, and live mode stays off', async () => {
    h = await doctorHarness({
      wallet: { signatureType: 3, funderAddress: '0x3333333333333333333333333333333333333333' },
    });
    const { report, status, live, mode } = await runAndTryLive(h);
    expect(check(report, 'signatureType')).toMatchObject({
      status: 'fail',
      explanation: { key: 'signatureType.depositWallet' },
    });
    expect(status.live).toMatchObject({ allowed: false, reason: 'failed' });
    expect(String(live)).toContain('did not pass');
    expect(mode).toBe('paper');
  });
});

describe('wallet doctor: regions and checks that cannot run', () => {
  it('close-only (endpoint says blocked, country on the close-only list): fails with what happens to open positions', async () => {
    h = await doctorHarness();
    h.chain.state.geoblock = { blocked: true, country: 'SG' };
    const { report, mode } = await runAndTryLive(h);
    expect(check(report, 'region')).toMatchObject({
      status: 'fail',
      explanation: { key: 'region.closeOnly', params: { where: 'SG' } },
      fix: { key: 'region.closeOnlyFix' },
    });
    expect(mode).toBe('paper');
  });

  it('blocked (sanctioned country) fails; an unlisted country the endpoint blocks is blocked too', async () => {
    h = await doctorHarness();
    h.chain.state.geoblock = { blocked: true, country: 'CU' };
    expect(check((await runAndTryLive(h)).report, 'region')?.explanation.key).toBe('region.blocked');
    h.chain.state.geoblock = { blocked: true, country: 'XX' };
    const unlisted = await runAndTryLive(h);
    expect(check(unlisted.report, 'region')?.explanation.key).toBe('region.blocked');
    expect(unlisted.mode).toBe('paper');
  });

  it('issue 21: geoblock "Failed to fetch" and unreadable balances never read as ready, and live mode stays off', async () => {
    h = await doctorHarness();
    await h.store.settings.update({
      endpoints: { polygonRpcUrl: 'http://127.0.0.1:9/', geoblockUrl: 'http://127.0.0.1:9/geoblock' },
    });
    const { report, status, live, mode } = await runAndTryLive(h);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(blockingChecks(report).map((c) => c.id)).toEqual([
      'region',
      'collateral',
      'gas',
      'approval.exchange',
      'approval.negRiskExchange',
      'approval.negRiskAdapter',
    ]);
    expect(status.live).toMatchObject({ allowed: false, reason: 'failed' });
    expect(String(live)).toContain('could not run');
    expect(mode).toBe('paper');
  });
});
