import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedApproval } from '../../../lib/app/wallet-doctor/doctor-ports';
import type { DoctorReport } from '../../../lib/core/wallet-doctor/doctor-report';
import { doctorHarness } from './doctor-harness';

let h: Awaited<ReturnType<typeof doctorHarness>> | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const ctfCheck = (report: DoctorReport) => report.checks.find((c) => c.id === 'ctfApprovals');

describe('wallet doctor: split / merge / redeem approvals of the collateral adapters', () => {
  it('an EOA missing them is warned (live trading still allowed), offered the calls, and passes once sent', async () => {
    h = await doctorHarness();
    h.chain.state.ctfAdapters.allowance.negRiskCtfCollateralAdapter = 0n;
    h.chain.state.ctfAdapters.ctf.ctfCollateralAdapter = false;
    const report = await h.call<DoctorReport>('doctor.run');
    expect(ctfCheck(report)).toMatchObject({
      status: 'warn',
      explanation: { key: 'ctfApprovals.missing.both', params: { count: '2' } },
    });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const plan = await h.call<PlannedApproval[]>('doctor.approvals');
    expect(plan.map((p) => [p.id, p.call, p.spenderAddress])).toEqual([
      [
        'ctf:ctfCollateralAdapter',
        'setApprovalForAll(spender, true)',
        '0xAdA100Db00Ca00073811820692005400218FcE1f',
      ],
      [
        'pusd:negRiskCtfCollateralAdapter',
        'approve(spender, unlimited)',
        '0xadA2005600Dec949baf300f4C6120000bDB6eAab',
      ],
    ]);
    for (const p of plan) await h.call('doctor.approve', { id: p.id });
    expect(h.chain.state.sent.map((s) => s.functionName)).toEqual(['setApprovalForAll', 'approve']);
    expect(ctfCheck(await h.call<DoctorReport>('doctor.run'))?.status).toBe('pass');
  });
});
