import { i18n } from '#i18n';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import type { Settings } from '../../lib/settings/schema';
import { ModeTag } from '../ui/ModeTag';

/**
 * The other mode's open positions, never mixed into this mode's figures: how many there are, and
 * that the monitor still watches and exits them under their own mode (switching does not close them).
 */
export function OtherModePositions({
  mode,
  positions,
}: {
  mode: Settings['mode'];
  positions: PositionRow[];
}) {
  if (positions.length === 0) return null;
  const other = mode === 'live' ? 'paper' : 'live';
  return (
    <p
      role="note"
      data-testid="other-mode-positions"
      className="flex items-start gap-2 rounded-md bg-slate-100 px-2 py-1 text-xs text-slate-700"
    >
      <ModeTag mode={other} />
      <span>
        {i18n.t(other === 'paper' ? 'popup.otherModePaper' : 'popup.otherModeLive', {
          count: String(positions.length),
        })}
      </span>
    </p>
  );
}
