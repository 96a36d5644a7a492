import { i18n } from '#i18n';
import type { Settings } from '../../lib/settings/schema';

/** PAPER in blue, LIVE in red: visible on every surface, always. */
export function ModeBadge({ mode }: { mode: Settings['mode'] | undefined }) {
  if (!mode) return <span className="rounded px-2 py-0.5 text-xs font-bold text-slate-500">…</span>;
  const live = mode === 'live';
  return (
    <span
      data-testid="mode-badge"
      title={live ? i18n.t('mode.liveHelp') : i18n.t('mode.paperHelp')}
      className={`rounded px-2 py-0.5 text-xs font-bold tracking-wide text-white ${live ? 'bg-live' : 'bg-paper'}`}
    >
      {live ? i18n.t('mode.badgeLive') : i18n.t('mode.badgePaper')}
    </span>
  );
}
