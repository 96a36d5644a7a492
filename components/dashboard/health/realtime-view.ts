import { i18n } from '#i18n';
import type { RealtimeState } from '../../../lib/app/monitor/realtime/realtime-status';
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
