import { type DoctorCheck, type DoctorCheckId, text } from './doctor-report';
import { microsToUsd } from './units';
import type { Spender, WalletFacts } from './wallet-facts';

/**
 * pUSD allowance and CTF setApprovalForAll for one spender (exchange, neg-risk exchange,
 * neg-risk adapter): without them the CLOB answers "not enough balance / allowance".
 */
export function checkApproval(
  spender: Spender,
  f: Pick<WalletFacts, 'signatureType' | 'chain'>,
): DoctorCheck {
  const id = `approval.${spender}` as DoctorCheckId;
  const title = text(`approval.titles.${spender}`);
  const base = { id, title } as const;
  if (f.chain === null)
    return { ...base, status: 'skipped', explanation: text('common.needsAddress'), fix: null };
  if (!f.chain.ok) {
    return {
      ...base,
      status: 'warn',
      explanation: text('common.chainUnknown', { reason: f.chain.reason }),
      fix: text('common.rpcFix'),
    };
  }
  const allowance = f.chain.value.pusdAllowance[spender];
  const ctf = f.chain.value.ctfApproved[spender];
  if (allowance === null || ctf === null) {
    return {
      ...base,
      status: 'warn',
      explanation: text('common.chainUnknown', { reason: `${spender} approval` }),
      fix: text('common.rpcFix'),
    };
  }
  const fix = text(f.signatureType === 0 ? 'approval.fixEoa' : 'approval.fixRelayer');
  if (allowance === 0n && !ctf) return { ...base, status: 'fail', explanation: text('approval.none'), fix };
  if (allowance === 0n) return { ...base, status: 'fail', explanation: text('approval.noPusd'), fix };
  if (!ctf) return { ...base, status: 'fail', explanation: text('approval.noCtf'), fix };
  const balance = f.chain.value.pusdMicros;
  if (balance !== null && allowance < balance) {
    return {
      ...base,
      status: 'warn',
      explanation: text('approval.low', {
        allowanceUsd: microsToUsd(allowance),
        balanceUsd: microsToUsd(balance),
      }),
      fix,
    };
  }
  return { ...base, status: 'pass', explanation: text('approval.ok'), fix: null };
}
