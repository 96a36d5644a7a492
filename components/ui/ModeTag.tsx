import type { Settings } from '../../lib/settings/schema';

/** The small PAPER / LIVE tag on a row (a position, a trade): every figure says its mode. */
export function ModeTag({ mode }: { mode: Settings['mode'] }) {
  const live = mode === 'live';
  return (
    <span
      data-testid="mode-tag"
      className={`rounded px-1.5 text-xs font-bold text-white ${live ? 'bg-live' : 'bg-paper'}`}
    >
      {live ? 'LIVE' : 'PAPER'}
    </span>
  );
}
