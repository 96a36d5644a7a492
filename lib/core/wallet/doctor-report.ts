/** What one doctor check concluded. 'skipped' = could not apply (an earlier check must pass first). */
export type DoctorStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/**
 * A sentence for the UI: a message key under `doctor.` in locales/*.yml and its named parameters.
 * The core decides what to say; the UI says it in the user's language. Never holds a secret.
 */
export interface DoctorText {
  key: string;
  params: Record<string, string>;
}

export type DoctorCheckId =
  | 'region'
  | 'vault'
  | 'apiCredentials'
  | 'signatureType'
  | 'collateral'
  | 'gas'
  | 'approval.exchange'
  | 'approval.negRiskExchange'
  | 'approval.negRiskAdapter'
  | 'exchangeView';

export interface DoctorCheck {
  id: DoctorCheckId;
  status: DoctorStatus;
  title: DoctorText;
  /** What we found, in plain words. */
  explanation: DoctorText;
  /** What to do about it (the exact action); null when nothing is needed. */
  fix: DoctorText | null;
}

export interface DoctorReport {
  /** Epoch ms when the facts were gathered. */
  checkedAt: number;
  signer: string | null;
  funder: string | null;
  signatureType: number;
  checks: DoctorCheck[];
}

/** Live trading may be switched on only when no check failed. */
export function doctorPassed(report: Pick<DoctorReport, 'checks'>): boolean {
  return report.checks.length > 0 && report.checks.every((c) => c.status !== 'fail');
}

/** Builds a DoctorText. */
export const text = (key: string, params: Record<string, string> = {}): DoctorText => ({ key, params });
