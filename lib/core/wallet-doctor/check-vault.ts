import { type DoctorCheck, text } from './doctor-report';
import type { WalletFacts } from './wallet-facts';

const title = text('vault.title');

/** A key must be imported and unlocked for anything live to be signed. */
export function checkVault(f: Pick<WalletFacts, 'hasWallet' | 'unlocked' | 'signer'>): DoctorCheck {
  if (!f.hasWallet) {
    return {
      id: 'vault',
      status: 'fail',
      title,
      explanation: text('vault.none'),
      fix: text('vault.noneFix'),
    };
  }
  if (!f.unlocked) {
    return {
      id: 'vault',
      status: 'fail',
      title,
      explanation: text('vault.locked'),
      fix: text('vault.lockedFix'),
    };
  }
  return {
    id: 'vault',
    status: 'pass',
    title,
    explanation: text('vault.unlocked', { address: f.signer ?? '?' }),
    fix: null,
  };
}
