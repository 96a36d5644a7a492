import { missingApprovals, POL_WEI_PER_APPROVAL } from './approval-plan';
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
  if (f.chain === null)
    return { ...base, status: 'skipped', explanation: text('common.needsAddress'), fix: null };
  if (!f.chain.ok || f.chain.value.polWei === null) {
    const reason = f.chain.ok ? 'POL balance' : f.chain.reason;
    return {
      ...base,
      status: 'warn',
      explanation: text('common.chainUnknown', { reason }),
      fix: text('common.rpcFix'),
    };
  }
  const pol = f.chain.value.polWei;
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
