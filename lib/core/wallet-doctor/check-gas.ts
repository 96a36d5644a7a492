import { missingApprovals, POL_WEI_PER_APPROVAL } from './approval-plan';
import { chainGate, chainValueUnknown } from './chain-gate';
import { type DoctorCheck, text } from './doctor-report';
import { weiToPol } from './units';
import type { WalletFacts } from './wallet-facts';

const title = text('gas.title');

/**
 * POL for gas: orders themselves cost no gas, but an EOA (type 0) sends its own approval
 * transactions. Proxy, Safe and deposit wallets go through Polymarket's relayer, which pays.
 */
export function checkGas(f: Pick<WalletFacts, 'signatureType' | 'chain'>): DoctorCheck {
  const base = { id: 'gas', title } as const;
  if (f.signatureType !== 0)
    return { ...base, status: 'skipped', explanation: text('gas.relayer'), fix: null };
  const gate = chainGate(base, f.chain);
  if ('check' in gate) return gate.check;
  const pol = gate.facts.polWei;
  if (pol === null) return chainValueUnknown(base, 'polBalance');
  const count = missingApprovals(f.chain).length;
  const needed = POL_WEI_PER_APPROVAL * BigInt(count);
  const params = { pol: weiToPol(pol), neededPol: weiToPol(needed), count: String(count) };
  if (count === 0) return { ...base, status: 'pass', explanation: text('gas.notNeeded', params), fix: null };
  if (pol < needed)
    return {
      ...base,
      status: 'fail',
      explanation: text('gas.short', params),
      fix: text('gas.shortFix', params),
    };
  return { ...base, status: 'pass', explanation: text('gas.enough', params), fix: null };
}
