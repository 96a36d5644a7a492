import { chainGate } from './chain-gate';
import { type DoctorCheck, text } from './doctor-report';
import { CTF_SPENDERS, type WalletFacts } from './wallet-facts';

/**
 * Split, merge and redeem go through the pUSD collateral adapters (polymarket-ctf.md §5): split needs
 * pUSD approved to the market kind's adapter, merge and redeem need the outcome tokens approved to it
 * (setApprovalForAll). Not required for trading on the books: a missing one warns and says which
 * operations on which kind of market it blocks.
 */
export function checkCtfApprovals(f: Pick<WalletFacts, 'signatureType' | 'chain'>): DoctorCheck {
  const base = { id: 'ctfApprovals', title: text('ctfApprovals.title') } as const;
  const gate = chainGate(base, f.chain);
  if ('check' in gate) return gate.check;
  const adapters = gate.facts.ctfAdapters;
  if (!adapters) return { ...base, status: 'warn', explanation: text('ctfApprovals.unknown'), fix: null };
  let missing = 0;
  const kinds = new Set<'standard' | 'negRisk'>();
  for (const spender of CTF_SPENDERS) {
    const allowance = adapters.pusdAllowance[spender];
    const operator = adapters.ctfApproved[spender];
    if (allowance === null || operator === null)
      return { ...base, status: 'warn', explanation: text('ctfApprovals.unknown'), fix: null };
    const gaps = (allowance === 0n ? 1 : 0) + (operator ? 0 : 1);
    missing += gaps;
    if (gaps > 0) kinds.add(spender === 'ctfCollateralAdapter' ? 'standard' : 'negRisk');
  }
  if (missing === 0) return { ...base, status: 'pass', explanation: text('ctfApprovals.ok'), fix: null };
  const which = kinds.size === 2 ? 'both' : [...kinds][0];
  const fix = text(f.signatureType === 0 ? 'ctfApprovals.fixEoa' : 'ctfApprovals.fixRelayer');
  return {
    ...base,
    status: 'warn',
    explanation: text(`ctfApprovals.missing.${which}`, { count: String(missing) }),
    fix,
  };
}
