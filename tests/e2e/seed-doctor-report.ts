/** The checks live trading requires (lib/core/wallet/doctor-report.ts): each must have run and passed. */
const REQUIRED_CHECKS = [
  'region',
  'vault',
  'signatureType',
  'apiCredentials',
  'collateral',
  'gas',
  'approval.exchange',
  'approval.negRiskExchange',
  'approval.negRiskAdapter',
] as const;

/** A wallet-doctor report in which every required check ran and passed, as the store keeps it. */
export function passingDoctorReport(checkedAt: number, address: string) {
  return {
    checkedAt,
    signer: address,
    funder: address,
    signatureType: 0,
    checks: REQUIRED_CHECKS.map((id) => ({
      id,
      status: 'pass',
      title: { key: 'x', params: {} },
      explanation: { key: 'y', params: {} },
      fix: null,
    })),
  };
}
