import type { DoctorReport } from '../../core/wallet-doctor/doctor-report';
import { operationalError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { ExchangeProvider } from '../ports/exchange-port';
import { loadLastReport, type ReportStore } from '../wallet-doctor/last-report';
import type { LiveModeDrop } from './live-mode-drop';

export interface SignerCheckDeps {
  store: ReportStore;
  /** The address of the key that would sign now (throws while the vault is locked). */
  signer: () => Promise<string>;
  drop: LiveModeDrop['drop'];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** Whether the wallet about to sign is the one the doctor's last report approved, with its settings. */
export function signerApproved(report: DoctorReport | null, signer: string, settings: Settings): boolean {
  if (!report || report.signer === null) return false;
  const funder =
    settings.wallet.signatureType === 0
      ? (settings.wallet.funderAddress ?? signer)
      : settings.wallet.funderAddress;
  return (
    same(report.signer, signer) &&
    report.signatureType === settings.wallet.signatureType &&
    same(report.funder, funder)
  );
}

/**
 * Every live order first checks that the wallet the doctor approved is still the wallet that
 * signs (same key, signature type and funder). When it is not, live trading stops (back to paper,
 * with a notification) and the order is refused before anything is signed.
 */
export function withApprovedSigner(exchangeFor: ExchangeProvider, deps: SignerCheckDeps): ExchangeProvider {
  return async (mode, settings, venue) => {
    if (mode === 'live') {
      const [report, signer] = await Promise.all([loadLastReport(deps.store), deps.signer()]);
      if (!signerApproved(report, signer, settings)) {
        await deps.drop('signer_changed');
        throw operationalError(
          'The wallet that would sign is not the one the wallet doctor approved: live trading stopped. Run the wallet doctor again.',
          { code: 'live_signer_changed' },
        );
      }
    }
    return exchangeFor(mode, settings, venue);
  };
}
