import { doctorPassed } from '../../core/wallet-doctor/doctor-report';
import { validationError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import { loadLastReport, type ReportStore } from '../wallet-doctor/last-report';

/** How long a passing doctor report allows switching live mode on. */
export const DOCTOR_REPORT_MAX_AGE_MS = 10 * 60_000;

export type LiveAllowance =
  | { allowed: true }
  | { allowed: false; reason: 'noReport' | 'failed' | 'stale' | 'walletChanged'; message: string };

export interface GuardStore extends ReportStore {
  settings: { get(): Promise<Settings> };
}

/**
 * Whether live mode may be switched on now: the last wallet-doctor report passed (every required
 * check ran and passed: an unknown region, balance or approval is not a pass),
 * is less than 10 minutes old, and was made for the wallet settings in force.
 */
export async function liveAllowance(store: GuardStore, now: number): Promise<LiveAllowance> {
  const report = await loadLastReport(store);
  if (!report) {
    return {
      allowed: false,
      reason: 'noReport',
      message: 'Run the wallet doctor (Options → Trading) before switching live trading on.',
    };
  }
  if (!doctorPassed(report)) {
    return {
      allowed: false,
      reason: 'failed',
      message:
        'The last wallet-doctor check did not pass (a failed check, or one that could not run): fix them and run the checks again.',
    };
  }
  if (now - report.checkedAt > DOCTOR_REPORT_MAX_AGE_MS || report.checkedAt > now) {
    return {
      allowed: false,
      reason: 'stale',
      message: 'The last wallet-doctor check is more than 10 minutes old: run the checks again.',
    };
  }
  const { wallet } = await store.settings.get();
  const funder = wallet.signatureType === 0 ? (wallet.funderAddress ?? report.signer) : wallet.funderAddress;
  if (
    wallet.signatureType !== report.signatureType ||
    funder?.toLowerCase() !== report.funder?.toLowerCase()
  ) {
    return {
      allowed: false,
      reason: 'walletChanged',
      message: 'The wallet settings changed since the last check: run the wallet doctor again.',
    };
  }
  return { allowed: true };
}

/** Throws a validation error (shown to the user as is) unless live mode may be switched on now. */
export async function assertLiveAllowed(store: GuardStore, now: number): Promise<void> {
  const answer = await liveAllowance(store, now);
  if (!answer.allowed) throw validationError(answer.message, { code: `live_refused_${answer.reason}` });
}
