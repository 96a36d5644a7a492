import { chainGate, chainValueUnknown } from './chain-gate';
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
  const gate = chainGate(base, f.chain);
  if ('check' in gate) return gate.check;
  const allowance = gate.facts.pusdAllowance[spender];
  const ctf = gate.facts.ctfApproved[spender];
  if (allowance === null || ctf === null) return chainValueUnknown(base, 'approval');
  const fix = text(f.signatureType === 0 ? 'approval.fixEoa' : 'approval.fixRelayer');
  if (allowance === 0n && !ctf) return { ...base, status: 'fail', explanation: text('approval.none'), fix };
  if (allowance === 0n) return { ...base, status: 'fail', explanation: text('approval.noPusd'), fix };
  if (!ctf) return { ...base, status: 'fail', explanation: text('approval.noCtf'), fix };
  const balance = gate.facts.pusdMicros;
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
