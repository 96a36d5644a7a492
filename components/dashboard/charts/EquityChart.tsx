import { useMemo } from 'react';
import { i18n } from '#i18n';
import { toMicros } from '../../../lib/core/model/money';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { formatUsd } from '../../ui/format';
import { type ChartLine, LineChart } from './LineChart';

const formatDollars = (v: number) => formatUsd(toMicros(v));

/** Realised equity over time: the starting balance plus each closed position's result, in order. */
export function EquityChart({
  closed,
  startingBalanceUsd,
}: {
  closed: PositionRow[];
  startingBalanceUsd: number;
}) {
  const lines = useMemo<ChartLine[]>(() => {
    const sorted = closed
      .filter((p) => p.closedAt !== null)
      .sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0));
    let equity = startingBalanceUsd;
    const first = sorted[0];
    const points = first ? [{ t: (first.entryTime ?? first.closedAt ?? 0) / 1000 - 1, v: equity }] : [];
    for (const p of sorted) {
      equity += p.pnl / 1_000_000;
      points.push({ t: (p.closedAt ?? 0) / 1000, v: equity });
    }
    return [{ label: i18n.t('charts.equity'), color: '#1b4bf0', points }];
  }, [closed, startingBalanceUsd]);
  if (closed.length === 0) return null;
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <figcaption className="mb-1 text-sm font-semibold">{i18n.t('charts.equity')}</figcaption>
      <LineChart
        lines={lines}
        marks={[]}
        height={200}
        label={i18n.t('charts.equity')}
        format={formatDollars}
      />
    </figure>
  );
}
