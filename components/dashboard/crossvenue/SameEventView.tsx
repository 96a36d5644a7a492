import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatAgo, formatUsd } from '../../ui/format';
import { EmptyState } from '../EmptyState';
import { MatchCard } from './MatchCard';
import type { CrossVenueState } from './use-cross-venue';

/** Why the list is empty, and what to do about it. */
function SameEventEmpty({ state }: { state: CrossVenueState }) {
  const view = state.view;
  if (!view) return null;
  if (!view.kalshiEnabled)
    return (
      <EmptyState title={i18n.t('sameEvent.offTitle')}>
        {i18n.t('sameEvent.offBody')}{' '}
        <a
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          rel="noreferrer"
          className="font-semibold text-blue-800 underline"
        >
          {i18n.t('sameEvent.openOptions')}
        </a>
      </EmptyState>
    );
  if (view.updatedAt === null)
    return <EmptyState title={i18n.t('sameEvent.notYetTitle')}>{i18n.t('sameEvent.notYetBody')}</EmptyState>;
  return <EmptyState title={i18n.t('sameEvent.noneTitle')}>{i18n.t('sameEvent.noneBody')}</EmptyState>;
}

/**
 * "Same event on both venues": every market found on Polymarket and Kalshi, best gap after fees
 * first (the background's order), with a Refresh that re-reads both venues' books and the user's
 * verdict on each pair.
 */
export function SameEventView(props: {
  state: CrossVenueState;
  now: number;
  showRejected: boolean;
  onShowRejected: (show: boolean) => void;
}) {
  const { state, now } = props;
  const view = state.view;
  const matches = view?.matches ?? [];
  return (
    <section className="space-y-3" aria-label={i18n.t('sameEvent.listCaption')}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600" data-testid="same-event-count">
          {view?.kalshiEnabled &&
            i18n.t('sameEvent.count', {
              count: String(matches.length),
              stake: formatUsd(view.stake),
            })}
          {view?.updatedAt
            ? ` · ${i18n.t('sameEvent.updated', { ago: formatAgo(view.updatedAt, now) })}`
            : ''}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            aria-pressed={props.showRejected}
            onClick={() => props.onShowRejected(!props.showRejected)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {props.showRejected ? i18n.t('sameEvent.hideRejected') : i18n.t('sameEvent.showRejected')}
          </button>
          <button
            type="button"
            disabled={state.refreshing || !view?.kalshiEnabled}
            onClick={() => void state.refresh()}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
          >
            {i18n.t('sameEvent.refresh')}
          </button>
        </div>
      </div>
      {state.refreshing && (
        <p role="status" className="text-sm text-slate-700">
          {i18n.t('sameEvent.refreshing', { count: String(matches.length) })}
        </p>
      )}
      {state.error && (
        <p role="alert" className="text-sm text-loss">
          {state.error}
        </p>
      )}
      {matches.length === 0 ? (
        <SameEventEmpty state={state} />
      ) : (
        <ul className="space-y-2">
          {matches.map((m) => (
            <li key={m.id}>
              <MatchCard
                match={m}
                stake={view?.stake ?? 0}
                now={now}
                busy={state.deciding}
                bothQuestions
                onVerdict={(id, v) => void state.setVerdict(id, v)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
