import { i18n } from '#i18n';
import { DEFAULT_VENUE } from '../../../lib/core/model/venue';
import { request } from '../../../lib/messaging/client';
import { useAllPositions } from '../../hooks/use-live-data';
import { useNow } from '../../hooks/use-now';
import { usePolled } from '../../hooks/use-polled';
import { formatAgo, formatNumber, formatPercent } from '../../ui/format';
import { ms, reactionKind, reactionOutcome, stateDot, stateText, venueLine } from './realtime-view';

const loadStatus = () => request('realtime.status', {});
const SHOWN_REACTIONS = 5;

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="tabular text-sm font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The websocket monitor: state in words, uptime, subscriptions and reaction times, every 3 s. */
export function RealtimePanel() {
  const status = usePolled(loadStatus, 3_000);
  const positions = useAllPositions();
  const now = useNow(3_000);
  const s = status.data;
  const marketName = (id: string) => positions.find((p) => p.marketId === id)?.marketName ?? id;
  const recent = s ? [...s.recent].reverse().slice(0, SHOWN_REACTIONS) : [];

  return (
    <section aria-labelledby="realtime-heading" className="space-y-2" data-testid="realtime-panel">
      <h2 id="realtime-heading" className="text-base font-semibold">
        {i18n.t('realtimePanel.title')}
      </h2>
      {status.error && (
        <p role="alert" className="text-sm text-loss">
          {i18n.t('health.metricsUnavailable', { reason: status.error })}
        </p>
      )}
      {!s && !status.error && <p className="text-sm text-slate-600">{i18n.t('common.loading')}</p>}
      {s && (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="flex items-center gap-2 text-sm font-medium" data-testid="realtime-state">
            <span
              aria-hidden="true"
              className={`inline-block h-2.5 w-2.5 rounded-full ${stateDot[s.state]}`}
            />
            {stateText(s.state)}
          </p>
          {/* Per venue once another venue than Polymarket is watched (Polymarket alone: as before). */}
          {s.venues.some((v) => v.venue !== DEFAULT_VENUE || v.restOnly !== null) && (
            <div>
              <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                {i18n.t('realtimePanel.venuesTitle')}
              </h3>
              <ul className="space-y-1 text-sm">
                {s.venues.map((v) => (
                  <li
                    key={v.venue}
                    className="flex items-center gap-2"
                    data-testid={`realtime-venue-${v.venue}`}
                  >
                    <span
                      aria-hidden="true"
                      className={`inline-block h-2 w-2 shrink-0 rounded-full ${v.restOnly === null ? stateDot[v.state] : 'bg-slate-400'}`}
                    />
                    {venueLine(v, s.restEverySeconds)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <Stat
              label={i18n.t('realtimePanel.connectedSince')}
              value={s.connectedSince === null ? '—' : formatAgo(s.connectedSince, now)}
            />
            <Stat label={i18n.t('realtimePanel.reconnects')} value={formatNumber(s.reconnects)} />
            <Stat
              label={i18n.t('realtimePanel.uptime')}
              value={s.uptimeRatio === null ? '—' : formatPercent(s.uptimeRatio)}
            />
            <Stat
              label={i18n.t('realtimePanel.subscribed')}
              value={formatNumber(s.subscribedTokens.length)}
              testId="realtime-subscribed"
            />
            <Stat label={i18n.t('realtimePanel.p50')} value={ms(s.reactions.p50SendMs)} />
            <Stat label={i18n.t('realtimePanel.p99')} value={ms(s.reactions.p99SendMs)} />
          </dl>
          <p className="text-xs text-slate-600">
            {s.lastMessageAt === null
              ? i18n.t('realtimePanel.noEvents')
              : i18n.t('realtimePanel.lastEvent', s.events, {
                  ago: formatAgo(s.lastMessageAt, now),
                  count: formatNumber(s.events),
                })}
          </p>
          <div>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
              {i18n.t('realtimePanel.recent')}
            </h3>
            {recent.length === 0 ? (
              <p className="text-sm text-slate-600">{i18n.t('realtimePanel.noReactions')}</p>
            ) : (
              <ul className="tabular space-y-1 text-sm">
                {recent.map((r) => (
                  <li key={`${r.positionId}-${r.eventAt}`} data-testid="realtime-reaction">
                    {i18n.t('realtimePanel.reaction', {
                      kind: reactionKind(r),
                      market: marketName(r.marketId),
                      send: ms(r.toSendMs),
                      done: ms(r.toDoneMs),
                      outcome: reactionOutcome(r),
                    })}{' '}
                    <span className="text-slate-500">· {formatAgo(r.eventAt, now)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
