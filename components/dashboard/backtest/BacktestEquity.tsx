import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { type ChartLine, LineChart } from '../charts/LineChart';
import { STRATEGY_COLORS, usd } from './report-format';
import { reportLabel } from './report-label';

/** The equity curve of each strategy on one lightweight-charts chart. */
export function BacktestEquity(props: { reports: BacktestReport[] }) {
  const lines = useMemo<ChartLine[]>(
    () =>
      props.reports.map((r) => ({
        label: reportLabel(r),
        // A strategy's split run: its colour, lighter.
        color: `${STRATEGY_COLORS[r.strategy] ?? '#334155'}${r.entry?.entryMethod === 'split' ? '99' : ''}`,
        points: r.equity.map((p) => ({ t: p.t / 1000, v: p.equity })),
      })),
    [props.reports],
  );
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <figcaption className="mb-1 text-sm font-semibold">{i18n.t('backtest.report.equity')}</figcaption>
      <LineChart
        lines={lines}
        marks={[]}
        height={260}
        label={i18n.t('backtest.report.equity')}
        format={usd}
      />
    </figure>
  );
}
