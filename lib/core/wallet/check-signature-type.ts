import { type DoctorCheck, text } from './doctor-report';
import { sameAddress, type WalletFacts } from './wallet-facts';

const title = text('signatureType.title');

type Facts = Pick<WalletFacts, 'signer' | 'signatureType' | 'funderAddress'>;

/**
 * Signature type vs funder (polymarket-api.md §10.3, §10.4):
 * 0 (EOA) — the key's own address trades: the funder is empty or that same address;
 * 1 (Magic proxy), 2 (Safe), 3 (deposit wallet) — the key signs for another wallet: a funder is
 * required and differs from the signer.
 */
export function checkSignatureType(f: Facts): DoctorCheck {
  const type = String(f.signatureType);
  const check = (status: DoctorCheck['status'], key: string, fixKey: string | null): DoctorCheck => ({
    id: 'signatureType',
    status,
    title,
    explanation: text(`signatureType.${key}`, {
      type,
      signer: f.signer ?? '?',
      funder: f.funderAddress ?? '',
    }),
    fix: fixKey ? text(`signatureType.${fixKey}`) : null,
  });
  if (f.signatureType === 0) {
    if (f.funderAddress === null || sameAddress(f.funderAddress, f.signer)) return check('pass', 'eoa', null);
    if (f.signer === null) return check('warn', 'eoaFunderUnchecked', 'eoaFunderFix');
    return check('fail', 'eoaFunderDiffers', 'eoaFunderFix');
  }
  if (f.funderAddress === null) return check('fail', 'funderMissing', 'funderMissingFix');
  if (sameAddress(f.funderAddress, f.signer)) return check('fail', 'funderIsSigner', 'funderIsSignerFix');
  if (f.signatureType === 3) return check('pass', 'depositWallet', null);
  return check('pass', f.signatureType === 1 ? 'proxy' : 'safe', null);
}
