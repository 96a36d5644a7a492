import { z } from 'zod';
import type { DoctorReport } from '../../core/wallet-doctor/doctor-report';

/** Runtime-state key of the last doctor report (non-secret: addresses and statuses only). */
export const LAST_DOCTOR_REPORT_KEY = 'doctor.lastReport';

const textSchema = z.object({ key: z.string(), params: z.record(z.string(), z.string()) });

/** Reads a stored report defensively (a malformed row reads as "no report"). */
export const doctorReportSchema: z.ZodType<DoctorReport> = z.object({
  checkedAt: z.number(),
  signer: z.string().nullable(),
  funder: z.string().nullable(),
  signatureType: z.number(),
  checks: z.array(
    z.object({
      id: z.enum([
        'region',
        'vault',
        'apiCredentials',
        'signatureType',
        'collateral',
        'gas',
        'approval.exchange',
        'approval.negRiskExchange',
        'approval.negRiskAdapter',
        'ctfApprovals',
        'exchangeView',
      ]),
      status: z.enum(['pass', 'warn', 'fail', 'skipped']),
      title: textSchema,
      explanation: textSchema,
      fix: textSchema.nullable(),
    }),
  ),
});

export interface ReportStore {
  runtime: {
    get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined>;
    set(key: string, value: unknown): Promise<void>;
  };
}

export const loadLastReport = async (store: ReportStore): Promise<DoctorReport | null> =>
  (await store.runtime.get(LAST_DOCTOR_REPORT_KEY, doctorReportSchema)) ?? null;
