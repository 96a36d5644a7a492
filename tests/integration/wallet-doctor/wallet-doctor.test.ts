import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedApproval } from '../../../lib/app/wallet-doctor/doctor-ports';
import { type DoctorReport, doctorPassed } from '../../../lib/core/wallet-doctor/doctor-report';
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

const statuses = (r: DoctorReport) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

describe('wallet doctor against the fake CLOB and a Polygon JSON-RPC stub', () => {
  it('derives API keys over L1, reads balance/allowance over L2 and the chain, and passes', async () => {
    h = await doctorHarness();
    const report = await h.call<DoctorReport>('doctor.run');
    expect(statuses(report)).toEqual({
      region: 'pass',
      vault: 'pass',
      signatureType: 'pass',
      apiCredentials: 'pass',
      collateral: 'pass',
      gas: 'pass',
      'approval.exchange': 'pass',
      'approval.negRiskExchange': 'pass',
      'approval.negRiskAdapter': 'pass',
      ctfApprovals: 'pass',
      exchangeView: 'pass',
    });
    expect(report.checks.find((c) => c.id === 'apiCredentials')?.explanation.key).toBe('credentials.derived');
    expect(report.checks.find((c) => c.id === 'exchangeView')?.explanation.params).toEqual({
      amountUsd: '1000.00',
    });
    expect(await h.vault.getApiCredentials()).not.toBeNull();
    const paths = h.fake.requestLog.entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/auth/derive-api-key', '/auth/api-key', '/balance-allowance']),
    );
    // The second run reuses the stored keys: no new L1 call.
    const again = await h.call<DoctorReport>('doctor.run');
    expect(again.checks.find((c) => c.id === 'apiCredentials')?.explanation.key).toBe('credentials.stored');
    // Nothing secret in the stored report.
    const stored = JSON.stringify(h.store.raw.get('doctor.lastReport'));
    const creds = await h.vault.getApiCredentials();
    expect(stored).not.toContain(creds?.secret);
    expect(stored).not.toContain(creds?.passphrase);
  });

  it('refreshExchange calls /balance-allowance/update; a stale zero balance warns', async () => {
    h = await doctorHarness();
    h.fake.state.accounts.setCollateral(HARDHAT_ADDRESS, 0);
    const stale = await h.call<DoctorReport>('doctor.run');
    expect(statuses(stale).exchangeView).toBe('warn');
    expect(doctorPassed(stale)).toBe(true);
    h.fake.state.accounts.setCollateral(HARDHAT_ADDRESS, 250);
    const fresh = await h.call<DoctorReport>('doctor.refreshExchange');
    expect(statuses(fresh).exchangeView).toBe('pass');
    expect(h.fake.requestLog.entries.map((e) => e.path)).toContain('/balance-allowance/update');
  });

  it('an unreachable RPC and geoblock only warn; a locked vault fails and skips the CLOB', async () => {
    h = await doctorHarness({ unlock: false });
    await h.store.settings.update({
      endpoints: { polygonRpcUrl: 'http://127.0.0.1:9/', geoblockUrl: 'http://127.0.0.1:9/geoblock' },
    });
    const report = await h.call<DoctorReport>('doctor.run');
    expect(statuses(report)).toMatchObject({
      region: 'warn',
      vault: 'fail',
      apiCredentials: 'skipped',
      collateral: 'warn',
      exchangeView: 'skipped',
    });
    expect(h.fake.requestLog.entries).toHaveLength(0);
  });

  it('plans the missing approvals for an EOA and sends one; proxies get none', async () => {
    h = await doctorHarness();
    h.chain.state.allowance.negRiskAdapter = 0n;
    h.chain.state.ctf.exchange = false;
    expect(statuses(await h.call<DoctorReport>('doctor.run'))['approval.negRiskAdapter']).toBe('fail');
    const plan = await h.call<PlannedApproval[]>('doctor.approvals');
    expect(plan.map((p) => [p.id, p.call, p.gas, p.costPol])).toEqual([
      ['ctf:exchange', 'setApprovalForAll(spender, true)', '46000', '0.0023'],
      ['pusd:negRiskAdapter', 'approve(spender, unlimited)', '46000', '0.0023'],
    ]);
    expect(plan[0]?.from).toBe(HARDHAT_ADDRESS);
    const { hash } = await h.call<{ hash: string }>('doctor.approve', { id: 'pusd:negRiskAdapter' });
    expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(h.chain.state.sent).toEqual([{ to: expect.stringMatching(/^0xc011/i), functionName: 'approve' }]);
    await expect(h.call('doctor.approve', { id: 'pusd:negRiskAdapter' })).rejects.toThrow('not needed');
    expect(statuses(await h.call<DoctorReport>('doctor.run'))['approval.negRiskAdapter']).toBe('pass');

    await h.store.settings.update({
      wallet: { signatureType: 2, funderAddress: '0x1111111111111111111111111111111111111111' },
    });
    expect(await h.call<PlannedApproval[]>('doctor.approvals')).toEqual([]);
    await expect(h.call('doctor.approve', { id: 'ctf:exchange' })).rejects.toThrow('polymarket.com');
    expect(h.chain.state.sent).toHaveLength(1);
  });

  it('live guard: refused without a report, after a failing one, when stale or the wallet changed; allowed after a pass', async () => {
    h = await doctorHarness();
    await expect(h.call('mode.setLive', { confirm: true })).rejects.toThrow('Run the wallet doctor');
    h.chain.state.pusd = 0n;
    await h.call('doctor.run');
    const failed = await h.call<DoctorStatusView>('doctor.status');
    expect(failed.live).toMatchObject({ allowed: false, reason: 'failed' });
    await expect(h.call('mode.setLive', { confirm: true })).rejects.toThrow('did not pass');

    h.chain.state.pusd = 5_000_000n;
    await h.call('doctor.run');
    expect((await h.call<DoctorStatusView>('doctor.status')).live).toEqual({ allowed: true });
    h.clock.t += 11 * 60_000;
    await expect(h.call('mode.setLive', { confirm: true })).rejects.toThrow('more than 10 minutes');

    await h.call('doctor.run');
    await h.store.settings.update({
      wallet: { funderAddress: '0x2222222222222222222222222222222222222222' },
    });
    expect((await h.call<DoctorStatusView>('doctor.status')).live).toMatchObject({ reason: 'walletChanged' });
    await h.store.settings.update({ wallet: { funderAddress: null } });
    const settings = await h.call<Settings>('mode.setLive', { confirm: true });
    expect(settings.mode).toBe('live');
  });
});
