import { CTF_SPENDERS, type CtfSpender, SPENDERS, type Spender, type WalletFacts } from './wallet-facts';

/** One missing approval: pUSD `approve(spender, max)` or CTF `setApprovalForAll(spender, true)`. */
export interface MissingApproval {
  /** Stable id, e.g. "pusd:exchange" or "ctf:negRiskAdapter". */
  id: string;
  kind: 'pusd' | 'ctf';
  spender: Spender | CtfSpender;
}

/** Approvals the chain facts show as missing (reads that failed are not counted as missing). */
export function missingApprovals(chain: WalletFacts['chain']): MissingApproval[] {
  if (!chain?.ok) return [];
  const out: MissingApproval[] = [];
  for (const spender of SPENDERS) {
    if (chain.value.pusdAllowance[spender] === 0n) out.push({ id: `pusd:${spender}`, kind: 'pusd', spender });
    if (chain.value.ctfApproved[spender] === false) out.push({ id: `ctf:${spender}`, kind: 'ctf', spender });
  }
  return out;
}

/**
 * The split / merge / redeem approvals the chain facts show as missing (polymarket-ctf.md §5): pUSD
 * approve(adapter) for split, CTF setApprovalForAll(adapter) for merge and redeem, per market kind.
 */
export function missingCtfApprovals(chain: WalletFacts['chain']): MissingApproval[] {
  const adapters = chain?.ok ? chain.value.ctfAdapters : null;
  if (!adapters) return [];
  const out: MissingApproval[] = [];
  for (const spender of CTF_SPENDERS) {
    if (adapters.pusdAllowance[spender] === 0n) out.push({ id: `pusd:${spender}`, kind: 'pusd', spender });
    if (adapters.ctfApproved[spender] === false) out.push({ id: `ctf:${spender}`, kind: 'ctf', spender });
  }
  return out;
}

/**
 * POL kept per approval transaction: ~50k gas each at a generous 200 gwei = 0.01 POL. The real
 * estimate is shown before sending; this only decides whether the doctor warns about gas.
 */
export const POL_WEI_PER_APPROVAL = 10n ** 16n;
