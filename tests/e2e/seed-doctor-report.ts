import { REQUIRED_CHECKS } from '../../lib/core/wallet-doctor/doctor-report';

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
