import { i18n } from '#i18n';
import type { DoctorCheck, DoctorStatus } from '../../../lib/core/wallet-doctor/doctor-report';
import { doctorText } from './doctor-text';

const look: Record<DoctorStatus, { badge: string; icon: string }> = {
  pass: { badge: 'bg-green-100 text-green-800 border-green-300', icon: '✓' },
  warn: { badge: 'bg-amber-100 text-amber-900 border-amber-300', icon: '!' },
  fail: { badge: 'bg-red-100 text-red-800 border-red-300', icon: '✕' },
  skipped: { badge: 'bg-slate-100 text-slate-600 border-slate-300', icon: '–' },
};

export const statusLabel = (status: DoctorStatus): string =>
  ({
    pass: i18n.t('doctor.ui.statusPass'),
    warn: i18n.t('doctor.ui.statusWarn'),
    fail: i18n.t('doctor.ui.statusFail'),
    skipped: i18n.t('doctor.ui.statusSkipped'),
  })[status];

/** One check: coloured status (with its name in words), what was found, and what to do. */
export function DoctorCheckItem({ check }: { check: DoctorCheck }) {
  const { badge, icon } = look[check.status];
  const titleId = `doctor-check-${check.id.replace('.', '-')}`;
  return (
    <li aria-labelledby={titleId} className="flex gap-3 py-2" data-testid={`doctor-check-${check.id}`}>
      <span
        className={`mt-0.5 inline-flex h-6 w-24 shrink-0 items-center justify-center gap-1 rounded-full border px-2 text-xs font-semibold ${badge}`}
      >
        <span aria-hidden="true">{icon}</span>
        {statusLabel(check.status)}
      </span>
      <div className="min-w-0 text-sm">
        <p id={titleId} className="font-medium">
          {doctorText(check.title)}
        </p>
        <p className="break-words text-slate-700">{doctorText(check.explanation)}</p>
        {check.fix && (
          <p className="mt-0.5 break-words text-slate-900">
            <span className="font-semibold">{i18n.t('doctor.ui.fix')}</span> {doctorText(check.fix)}
          </p>
        )}
      </div>
    </li>
  );
}
