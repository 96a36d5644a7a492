import { type DoctorCheck, text } from './doctor-report';
import type { WalletFacts } from './wallet-facts';

const title = text('credentials.title');

/** The CLOB API keys: derivable over L1 (wallet signature) and accepted on an L2 (HMAC) call. */
export function checkCredentials(f: Pick<WalletFacts, 'unlocked' | 'credentials'>): DoctorCheck {
  const c = f.credentials;
  if (!f.unlocked || c === null) {
    return {
      id: 'apiCredentials',
      status: 'skipped',
      title,
      explanation: text('credentials.needsUnlock'),
      fix: text('vault.lockedFix'),
    };
  }
  if (!c.ok) {
    return {
      id: 'apiCredentials',
      status: 'warn',
      title,
      explanation: text('credentials.unknown', { reason: c.reason }),
      fix: text('common.retryFix'),
    };
  }
  const v = c.value;
  if (v.source === 'refused') {
    return {
      id: 'apiCredentials',
      status: 'fail',
      title,
      explanation: text('credentials.refused', { message: v.message }),
      fix: text('credentials.refusedFix'),
    };
  }
  if (!v.l2.ok) {
    return {
      id: 'apiCredentials',
      status: 'fail',
      title,
      explanation: text('credentials.rejected', { message: v.l2.message }),
      fix: text('credentials.rejectedFix'),
    };
  }
  return {
    id: 'apiCredentials',
    status: 'pass',
    title,
    explanation: text(v.source === 'derived' ? 'credentials.derived' : 'credentials.stored'),
    fix: null,
  };
}
