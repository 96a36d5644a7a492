import { i18n } from '#i18n';
import { useLiveStop } from '../hooks/use-live-stop';
import { formatDateTime } from '../ui/format';

/**
 * Why the bot went back to paper by itself (the wallet or its settings changed since the wallet
 * doctor approved them). Shown in paper mode until live trading is switched on again.
 */
export function LiveStopNotice({ live }: { live: boolean }) {
  const stop = useLiveStop();
  if (live || !stop) return null;
  return (
    <div
      role="status"
      data-testid="live-stop-notice"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <p className="font-semibold">{i18n.t('liveStop.title')}</p>
      <p>
        {i18n.t(`liveStop.reason.${stop.reason}`)} {i18n.t('liveStop.at', { at: formatDateTime(stop.at) })}
      </p>
      <p className="mt-1 text-xs">{i18n.t('liveStop.next')}</p>
    </div>
  );
}
