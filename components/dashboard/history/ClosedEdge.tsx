import { i18n } from '#i18n';
import { positionsEdge } from '../../../lib/core/backtest/edge/trade-returns';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { EdgeVerdictLine } from '../../ui/EdgeVerdictLine';
import { formatDate } from '../../ui/format';
import { ModeTag } from '../../ui/ModeTag';
import type { HistoryFilter } from './history-filter';
import { OwnVsBacktest } from './OwnVsBacktest';

/** Closed positions inside the filter's period and mode (closing time decides the period). */
export function closedInPeriod(positions: readonly PositionRow[], f: HistoryFilter): PositionRow[] {
  return positions.filter(
    (p) =>
      p.status === 'closed' &&
      (f.mode === 'all' || p.mode === f.mode) &&
      (f.from === null || (p.closedAt ?? 0) >= f.from) &&
      (f.to === null || (p.closedAt ?? 0) <= f.to),
  );
}

/**
 * The bot's own record through the backtest's statistics: per mode (paper and live never pooled),
 * the mean return per closed position, its 95 % interval and the verdict, for the period shown.
 */
export function ClosedEdge({ positions, filter }: { positions: PositionRow[]; filter: HistoryFilter }) {
  const shown = closedInPeriod(positions, filter);
  const modes = (['paper', 'live'] as const).filter((m) => shown.some((p) => p.mode === m));
  if (modes.length === 0) return null;
  const times = shown.map((p) => p.closedAt ?? 0);
  const period =
    filter.from === null && filter.to === null
      ? i18n.t('edge.own.allTime')
      : i18n.t('edge.own.period', {
          from: formatDate(filter.from ?? Math.min(...times)),
          to: formatDate(filter.to ?? Math.max(...times)),
        });
  return (
    <section
      aria-labelledby="closed-edge-heading"
      data-testid="closed-edge"
      className="space-y-1 rounded-xl border border-slate-200 bg-white p-3 text-sm shadow-sm"
    >
      <h2 id="closed-edge-heading" className="text-base font-semibold">
        {i18n.t('edge.own.title')}
      </h2>
      <p className="text-slate-600">{period}</p>
      {modes.map((mode) => (
        <p key={mode} data-testid={`closed-edge-${mode}`}>
          <ModeTag mode={mode} />{' '}
          <EdgeVerdictLine stats={positionsEdge(shown.filter((p) => p.mode === mode))} />
        </p>
      ))}
      <p className="text-xs text-slate-600">{i18n.t('edge.hint')}</p>
      <OwnVsBacktest positions={shown} modes={modes} />
    </section>
  );
}
