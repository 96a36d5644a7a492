import { type DoctorCheck, text } from './doctor-report';
import { type AccountProbe, sameAddress, type WalletFacts } from './wallet-facts';

const title = text('signatureType.title');

type Facts = Pick<WalletFacts, 'signer' | 'signatureType' | 'funderAddress' | 'accounts'>;

const funded = (micros: bigint | null) => micros !== null && micros > 0n;

/** The Polymarket wallet of this key that holds pUSD while the key's own address holds none. */
function fundedWallet(p: AccountProbe): { kind: 'proxy' | 'safe'; address: string } | null {
  if (funded(p.signerPusdMicros)) return null;
  if (funded(p.proxyPusdMicros)) return { kind: 'proxy', address: p.proxyWallet };
  if (funded(p.safePusdMicros)) return { kind: 'safe', address: p.safeWallet };
  return null;
}

/**
 * The account kind (signature type) and the Polymarket wallet address (funder), checked against
 * the chain (polymarket-2026.md, polymarket-ctf.md §6):
 * 0 plain wallet — the key's own address trades; 1 email login — the key signs for its proxy
 * wallet; 2 browser wallet — the key signs for its Safe; 3 deposit wallet — not supported yet
 * (the exchange rejects such orders signed with this key's API key).
 */
export function checkSignatureType(f: Facts): DoctorCheck {
  const probe = f.accounts?.ok ? f.accounts.value : null;
  const check = (
    status: DoctorCheck['status'],
    key: string,
    fixKey: string | null,
    extra: Record<string, string> = {},
  ): DoctorCheck => {
    const params = {
      type: String(f.signatureType),
      signer: f.signer ?? '',
      funder: f.funderAddress ?? '',
      ...extra,
    };
    return {
      id: 'signatureType',
      status,
      title,
      explanation: text(`signatureType.${key}`, params),
      fix: fixKey ? text(`signatureType.${fixKey}`, params) : null,
    };
  };
  if (f.signatureType === 3) return check('fail', 'depositWallet', 'depositWalletFix');
  if (f.signer === null) {
    if (f.signatureType !== 0 && f.funderAddress === null)
      return check('fail', 'funderMissing', 'funderMissingFix');
    return check('skipped', 'needsKey', 'needsKeyFix');
  }
  const elsewhere = probe ? fundedWallet(probe) : null;
  if (f.signatureType === 0) {
    if (f.funderAddress !== null && !sameAddress(f.funderAddress, f.signer))
      return check('fail', 'eoaFunderDiffers', 'eoaFunderFix');
    if (elsewhere) {
      const key = elsewhere.kind === 'proxy' ? 'looksLikeProxy' : 'looksLikeSafe';
      return check('fail', key, `${key}Fix`, { wallet: elsewhere.address });
    }
    return check('pass', 'eoa', null);
  }
  if (f.funderAddress === null) {
    if (elsewhere) {
      const key = elsewhere.kind === 'proxy' ? 'looksLikeProxy' : 'looksLikeSafe';
      return check('fail', 'funderMissing', `${key}Fix`, { wallet: elsewhere.address });
    }
    return check('fail', 'funderMissing', 'funderMissingFix');
  }
  if (sameAddress(f.funderAddress, f.signer)) return check('fail', 'funderIsSigner', 'funderIsSignerFix');
  if (probe) {
    const isProxy = sameAddress(f.funderAddress, probe.proxyWallet);
    const isSafe = sameAddress(f.funderAddress, probe.safeWallet);
    if (f.signatureType === 1 && isSafe)
      return check('fail', 'looksLikeSafe', 'looksLikeSafeFix', { wallet: probe.safeWallet });
    if (f.signatureType === 2 && isProxy)
      return check('fail', 'looksLikeProxy', 'looksLikeProxyFix', { wallet: probe.proxyWallet });
    if (!isProxy && !isSafe) return check('fail', 'funderNotOfKey', 'funderNotOfKeyFix');
  }
  return check('pass', f.signatureType === 1 ? 'proxy' : 'safe', null);
}
