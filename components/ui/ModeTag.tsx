import { i18n } from '#i18n';
import type { Settings } from '../../lib/settings/schema';

/** The small PAPER / LIVE tag on a row (a position, a trade): every figure says its mode, in the badge's words. */
export function ModeTag({ mode }: { mode: Settings['mode'] }) {
  const live = mode === 'live';
  return (
    <span
      data-testid="mode-tag"
      className={`rounded px-1.5 text-xs font-bold text-white ${live ? 'bg-live' : 'bg-paper'}`}
    >
      {live ? i18n.t('mode.badgeLive') : i18n.t('mode.badgePaper')}
    </span>
  );
}
