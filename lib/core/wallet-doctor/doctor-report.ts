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
  | 'ctfApprovals'
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

/** What live trading cannot do without: each of these must have RUN and passed. */
export const REQUIRED_CHECKS: readonly DoctorCheckId[] = [
  'region',
  'vault',
  'signatureType',
  'apiCredentials',
  'collateral',
  'gas',
  'approval.exchange',
  'approval.negRiskExchange',
  'approval.negRiskAdapter',
];

/**
 * The checks that keep live trading off: every failure, and each required check that could not run
 * or only warned (an unknown region, balance or approval is never a pass). Gas is the one check a
 * Polymarket wallet (types 1–3) skips: Polymarket's relayer pays it.
 */
export function blockingChecks(report: Pick<DoctorReport, 'checks' | 'signatureType'>): DoctorCheck[] {
  return report.checks.filter((c) => {
    if (c.status === 'fail') return true;
    if (!REQUIRED_CHECKS.includes(c.id) || c.status === 'pass') return false;
    return !(c.id === 'gas' && c.status === 'skipped' && report.signatureType !== 0);
  });
}

/** Live trading may be switched on only when every required check ran and none blocks. */
export function doctorPassed(report: Pick<DoctorReport, 'checks' | 'signatureType'>): boolean {
  const ids = new Set(report.checks.map((c) => c.id));
  return REQUIRED_CHECKS.every((id) => ids.has(id)) && blockingChecks(report).length === 0;
}

/** Builds a DoctorText. */
export const text = (key: string, params: Record<string, string> = {}): DoctorText => ({ key, params });
