import { useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../lib/messaging/client';
import type { Settings } from '../../lib/settings/schema';
import { useOpenPositions } from '../hooks/use-live-data';
import { useRequest } from '../hooks/use-request';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorText } from '../ui/ui-text';
import { LiveStopNotice } from './LiveStopNotice';
import { useDoctor } from './wallet/use-doctor';
import { WalletDoctor } from './wallet/WalletDoctor';

/**
 * Paper or live, and automatic entry. Going live takes an explicit confirmation; going back to paper
 * is immediate. Live can be switched on only once the wallet doctor passed recently (the switch says why not).
 */
export function TradingModeSection({ settings }: { settings: Settings }) {
  const update = useRequest('settings.update');
  const [confirmLive, setConfirmLive] = useState(false);
  const [confirmPaper, setConfirmPaper] = useState(false);
  // Live positions stay live after the switch: the user is told before, never after.
  const liveOpen = useOpenPositions().filter((p) => p.mode === 'live').length;
  const doctor = useDoctor();
  const [liveError, setLiveError] = useState<string | null>(null);
  const live = settings.mode === 'live';
  const gate = doctor.status?.live;
  const liveBlocked = !live && gate?.allowed !== true;

  async function setMode(mode: Settings['mode']) {
    if (mode === 'live') {
      setLiveError(null);
      await request('mode.setLive', { confirm: true }).then(
        () => setConfirmLive(false),
        (e: unknown) => setLiveError(errorText(e)),
      );
      return;
    }
    const result = await update.send({ patch: { mode } });
    if (result?.ok) {
      setConfirmLive(false);
      setConfirmPaper(false);
    }
  }

  return (
    <section
      aria-labelledby="group-trading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="group-trading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
        {i18n.t('options.trading')}
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <div>
          <p className="font-medium">{i18n.t('options.mode')}</p>
          <p className="text-xs text-slate-600">
            {live ? i18n.t('mode.liveOrders') : i18n.t('mode.paperOrders')}
          </p>
          <p className="text-xs text-slate-600" data-testid="mode-switch-positions">
            {i18n.t('options.modeSwitchPositions')}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={live}
          aria-label={i18n.t('options.liveTrading')}
          disabled={update.busy || liveBlocked}
          aria-describedby={liveBlocked ? 'live-blocked-reason' : undefined}
          onClick={() =>
            live ? (liveOpen > 0 ? setConfirmPaper(true) : void setMode('paper')) : setConfirmLive(true)
          }
          className={`rounded-full px-3 py-1 text-xs font-bold text-white disabled:opacity-60 ${live ? 'bg-live' : 'bg-paper'}`}
        >
          {live ? i18n.t('options.liveOnSwitch') : i18n.t('options.paperOnSwitch')}
        </button>
      </div>
      <LiveStopNotice live={live} />
      {liveBlocked && (
        <p id="live-blocked-reason" className="mt-1 text-xs text-amber-800" data-testid="live-blocked-reason">
          {i18n.t('doctor.ui.liveBlocked')}{' '}
          {gate && !gate.allowed ? i18n.t(`doctor.ui.liveReasons.${gate.reason}`) : i18n.t('doctor.ui.never')}
        </p>
      )}
      <label className="mt-3 flex items-center justify-between gap-3 border-t border-slate-100 pt-3 text-sm">
        <span>
          <span className="font-medium">{i18n.t('options.autoEntry')}</span>
          <span className="block text-xs text-slate-600">{i18n.t('options.autoEntryHelp')}</span>
        </span>
        <input
          type="checkbox"
          className="h-4 w-4 accent-brand-600"
          checked={settings.autoEntry}
          onChange={(e) => void update.send({ patch: { autoEntry: e.target.checked } })}
        />
      </label>
      <WalletDoctor doctor={doctor} />
      {(update.error ?? liveError) && (
        <p role="alert" className="mt-2 text-xs text-loss">
          {update.error ?? liveError}
        </p>
      )}
      <ConfirmDialog
        open={confirmLive}
        title={i18n.t('options.liveConfirmTitle')}
        confirmLabel={i18n.t('options.liveConfirm')}
        busyLabel={i18n.t('options.switching')}
        cancelLabel={i18n.t('options.stayPaper')}
        busy={update.busy}
        danger
        onClose={() => setConfirmLive(false)}
        onConfirm={() => void setMode('live')}
      >
        <ul className="list-disc space-y-1 pl-5 text-slate-700">
          <li>{i18n.t('options.liveConfirm1')}</li>
          <li>{i18n.t('options.liveConfirm2')}</li>
          <li>{i18n.t('options.liveConfirm3')}</li>
        </ul>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmPaper}
        title={i18n.t('options.paperConfirmTitle')}
        confirmLabel={i18n.t('options.paperConfirm')}
        busyLabel={i18n.t('options.switching')}
        cancelLabel={i18n.t('options.stayLive')}
        busy={update.busy}
        onClose={() => setConfirmPaper(false)}
        onConfirm={() => void setMode('paper')}
      >
        <ul className="list-disc space-y-1 pl-5 text-slate-700" data-testid="paper-confirm-consequences">
          <li>{i18n.t('options.paperConfirm1')}</li>
          <li>{i18n.t('options.paperConfirm2', { count: String(liveOpen) })}</li>
          <li>{i18n.t('options.paperConfirm3')}</li>
        </ul>
      </ConfirmDialog>
    </section>
  );
}
