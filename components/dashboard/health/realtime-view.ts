import { i18n } from '#i18n';
import type { RealtimeState } from '../../../lib/app/monitor/realtime/realtime-status';
import { VENUE_NAMES } from '../../../lib/core/model/venue';
import type { ResponseOf } from '../../../lib/messaging/protocol';
import { formatNumber } from '../../ui/format';

export type RealtimeReply = ResponseOf<'realtime.status'>;
export type ReactionView = RealtimeReply['recent'][number];

export const stateDot: Record<RealtimeState, string> = {
  live: 'bg-green-600',
  verifying: 'bg-amber-500',
  connecting: 'bg-amber-500 animate-pulse',
  down: 'bg-red-600',
  idle: 'bg-slate-300',
  stopped: 'bg-slate-400',
};

export function stateText(state: RealtimeState): string {
  return i18n.t(`realtimePanel.states.${state}`);
}

export function ms(value: number | null): string {
  return value === null ? '—' : `${formatNumber(Math.round(value))} ms`;
}

export function reactionKind(r: ReactionView): string {
  return i18n.t(`realtimePanel.kinds.${r.kind}`);
}

export function reactionOutcome(r: ReactionView): string {
  return i18n.t(`realtimePanel.outcomes.${r.outcome}`);
}

export type VenueRealtimeView = RealtimeReply['venues'][number];

/** The monitor pass's cadence in words: "30 s", "5 min". */
export function restEvery(seconds: number): string {
  return seconds < 120
    ? i18n.t('realtimePanel.every.seconds', { n: formatNumber(seconds) })
    : i18n.t('realtimePanel.every.minutes', { n: formatNumber(Math.round(seconds / 60)) });
}

/** One venue's socket in words: its state, or why the REST pass alone watches it and what to do. */
export function venueLine(v: VenueRealtimeView, restEverySeconds: number): string {
  const venue = VENUE_NAMES[v.venue];
  if (v.restOnly !== null)
    return i18n.t(`realtimePanel.restOnly.${v.restOnly}`, { venue, every: restEvery(restEverySeconds) });
  return i18n.t('realtimePanel.venueState', { venue, state: stateText(v.state) });
}
