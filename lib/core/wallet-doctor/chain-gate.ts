import { type DoctorCheck, text } from './doctor-report';
import type { ChainFacts, WalletFacts } from './wallet-facts';

type CheckBase = Pick<DoctorCheck, 'id' | 'title'>;

/** A check that could not read one Polygon fact: warn, and point at the RPC setting. */
export function chainUnknown(base: CheckBase, reason: string): DoctorCheck {
  return {
    ...base,
    status: 'warn',
    explanation: text('common.chainUnknown', { reason }),
    fix: text('common.rpcFix'),
  };
}

/** The chain answered, but without the value this check needs (its words: `common.valueUnknown.<what>`). */
export function chainValueUnknown(
  base: CheckBase,
  what: 'pusdBalance' | 'polBalance' | 'approval',
): DoctorCheck {
  return { ...chainUnknown(base, what), explanation: text(`common.valueUnknown.${what}`) };
}

/**
 * The Polygon checks' common start: skipped while the trading address is unknown, a warning when
 * the chain could not be read; otherwise the facts, for the check to judge.
 */
export function chainGate(
  base: CheckBase,
  chain: WalletFacts['chain'],
): { check: DoctorCheck } | { facts: ChainFacts } {
  if (chain === null) {
    return { check: { ...base, status: 'skipped', explanation: text('common.needsAddress'), fix: null } };
  }
  return chain.ok ? { facts: chain.value } : { check: chainUnknown(base, chain.reason) };
}
