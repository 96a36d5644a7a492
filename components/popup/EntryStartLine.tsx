import { i18n } from '#i18n';
import type { EntryPreview } from '../hooks/trade-requests';
import { formatNumber, formatPercent } from '../ui/format';

/** Stop-loss room under this many points is flagged. */
const CLOSE_TO_STOP = 0.05;

/**
 * Where the position starts before the user confirms: its P&L if sold at once (spread and both
 * fees), and how many points that leaves above the stop-loss.
 */
export function EntryStartLine({ preview }: { preview: EntryPreview }) {
  if (!preview.yes && !preview.no) return null;
  const start = formatPercent(preview.startPnlRatio, undefined, true);
  if (preview.stopLoss === null) {
    return (
      <p className="mt-2 text-xs text-slate-700" data-testid="entry-start">
        {i18n.t('entry.startNoStop', { start })}
      </p>
    );
  }
  const room = preview.startPnlRatio + preview.stopLoss;
  const stop = formatPercent(-preview.stopLoss, undefined, true);
  const text =
    room <= 0
      ? i18n.t('entry.startPastStop', { start, stop })
      : i18n.t('entry.startVsStop', { start, stop, room: formatNumber(room * 100, undefined, 1) });
  return (
    <p
      className={`mt-2 text-xs ${room < CLOSE_TO_STOP ? 'rounded-md bg-amber-50 px-2 py-1 font-medium text-amber-900' : 'text-slate-700'}`}
      data-testid="entry-start"
    >
      {text}
    </p>
  );
}
