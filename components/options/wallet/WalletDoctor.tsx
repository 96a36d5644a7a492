import { i18n } from '#i18n';
import { blockingChecks, doctorPassed } from '../../../lib/core/wallet-doctor/doctor-report';
import { useLiveStop } from '../../hooks/use-live-stop';
import { formatDateTime } from '../../ui/format';
import { DoctorApprovals } from './DoctorApprovals';
import { DoctorCheckItem } from './DoctorCheckItem';
import { doctorText, translate } from './doctor-text';
import type { DoctorState } from './use-doctor';

/** The wallet doctor: every pre-live check with its status, explanation and fix, and the actions. */
export function WalletDoctor({ doctor }: { doctor: DoctorState }) {
  const report = doctor.status?.report ?? null;
  const busy = doctor.run.busy || doctor.refresh.busy;
  const error = doctor.run.error ?? doctor.refresh.error ?? doctor.loadError;
  const passed = report ? doctorPassed(report) : false;
  // A report made before the bot dropped itself to paper no longer allows live trading.
  const stop = useLiveStop();
  const stale =
    passed && report !== null && stop !== undefined && stop !== null && stop.at >= report.checkedAt;
  const blocking = report && !passed ? blockingChecks(report) : [];

  return (
    <section
      aria-labelledby="wallet-doctor-title"
      className="mt-3 rounded-lg border border-slate-200 p-3 text-sm"
      data-testid="wallet-doctor"
    >
      <h3 id="wallet-doctor-title" className="font-semibold">
        {i18n.t('doctor.ui.heading')}
      </h3>
      <p className="text-xs text-slate-600">{i18n.t('doctor.ui.intro')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void doctor.run.run()}
          disabled={busy}
          aria-busy={doctor.run.busy}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {doctor.run.busy ? i18n.t('doctor.ui.running') : i18n.t('doctor.ui.run')}
        </button>
        <button
          type="button"
          onClick={() => void doctor.refresh.run()}
          disabled={busy}
          aria-busy={doctor.refresh.busy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {doctor.refresh.busy ? i18n.t('doctor.ui.refreshing') : i18n.t('doctor.ui.refresh')}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-loss">
          {error}
        </p>
      )}
      <p role="status" className="mt-2 text-sm">
        {!report ? (
          <span className="text-slate-600">{i18n.t('doctor.ui.never')}</span>
        ) : (
          <>
            <span
              className={`font-semibold ${stale ? 'text-amber-800' : passed ? 'text-gain' : 'text-loss'}`}
              data-testid="doctor-verdict"
            >
              {stale
                ? i18n.t('doctor.ui.passedBeforeStop')
                : passed
                  ? i18n.t('doctor.ui.passed')
                  : i18n.t('doctor.ui.failed')}
            </span>{' '}
            <span className="text-slate-600">
              {translate('doctor.ui.checkedAt', { time: formatDateTime(report.checkedAt) })}
            </span>
          </>
        )}
      </p>
      {blocking.length > 0 && (
        <p className="mt-1 text-sm text-slate-800" data-testid="doctor-blocking">
          {translate('doctor.ui.blocking', { checks: blocking.map((c) => doctorText(c.title)).join(', ') })}
        </p>
      )}
      {report && (
        <ul aria-label={i18n.t('doctor.ui.listLabel')} className="mt-1 divide-y divide-slate-100">
          {report.checks.map((check) => (
            <DoctorCheckItem key={check.id} check={check} />
          ))}
        </ul>
      )}
      {report?.signatureType === 0 && <DoctorApprovals onSent={() => void doctor.reload()} />}
    </section>
  );
}
