import { z } from 'zod';
import type { LiveAllowance } from '../app/live-mode/live-mode-guard';
import type { PlannedApproval } from '../app/wallet-doctor/doctor-ports';
import type { DoctorReport } from '../core/wallet-doctor/doctor-report';
import type { Settings } from '../settings/schema';
import { message } from './define-message';

const empty = z.object({}).strict();

/** The last report and whether live mode may be switched on now (with the reason when not). */
export interface DoctorStatusView {
  report: DoctorReport | null;
  live: LiveAllowance;
}

/** Wallet doctor messages: all privileged (extension pages only). */
export const doctorProtocol = {
  'doctor.status': message<DoctorStatusView>()(true, empty),
  'doctor.run': message<DoctorReport>()(true, empty),
  'doctor.refreshExchange': message<DoctorReport>()(true, empty),
  'doctor.approvals': message<PlannedApproval[]>()(true, empty),
  'doctor.approve': message<{ hash: string }>()(
    true,
    z.object({ id: z.string().regex(/^(pusd|ctf):(exchange|negRiskExchange|negRiskAdapter)$/) }).strict(),
  ),
  /** Switches live trading on, only when the wallet doctor passed recently (explicit confirmation). */
  'mode.setLive': message<Settings>()(true, z.object({ confirm: z.literal(true) }).strict()),
} as const;

/** The names of the wallet doctor messages. */
export type DoctorMessage = keyof typeof doctorProtocol;
