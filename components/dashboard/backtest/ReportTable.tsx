import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { Card } from '../../ui/Card';
import { formatDate, formatNumber } from '../../ui/format';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { pct, ratio, signedUsd, tone, usd } from './report-format';
import { reportKey, reportLabel } from './report-label';

type Row = { key: string; label: string; cell: (r: BacktestReport) => ReactNode };

const rows = (): Row[] => [
  { key: 'trades', label: i18n.t('backtest.report.trades'), cell: (r) => formatNumber(r.summary.trades) },
  { key: 'winRate', label: i18n.t('backtest.report.winRate'), cell: (r) => pct(r.summary.winRate) },
  {
    key: 'totalPnl',
    label: i18n.t('backtest.report.totalPnl'),
    cell: (r) => <span className={tone(r.summary.totalPnl)}>{signedUsd(r.summary.totalPnl)}</span>,
  },
  {
    key: 'totalReturn',
    label: i18n.t('backtest.report.totalReturn'),
    cell: (r) => <span className={tone(r.summary.totalReturn)}>{pct(r.summary.totalReturn, true)}</span>,
  },
  {
    key: 'avgReturn',
    label: i18n.t('backtest.report.avgReturn'),
    cell: (r) => pct(r.summary.avgTradeReturn, true),
  },
  {
    key: 'maxDrawdown',
    label: i18n.t('backtest.report.maxDrawdown'),
    cell: (r) => `${pct(r.summary.maxDrawdown)} (${usd(r.summary.maxDrawdownUsd)})`,
  },
  { key: 'sharpe', label: i18n.t('backtest.report.sharpe'), cell: (r) => ratio(r.summary.sharpe) },
  { key: 'sortino', label: i18n.t('backtest.report.sortino'), cell: (r) => ratio(r.summary.sortino) },
  { key: 'exposure', label: i18n.t('backtest.report.exposure'), cell: (r) => pct(r.summary.exposure) },
  {
    key: 'profitFactor',
    label: i18n.t('backtest.report.profitFactor'),
    cell: (r) => ratio(r.summary.profitFactor),
  },
  { key: 'fees', label: i18n.t('backtest.report.fees'), cell: (r) => usd(r.summary.feesPaid) },
  {
    key: 'rejected',
    label: i18n.t('backtest.report.rejected'),
    cell: (r) => formatNumber(r.summary.rejectedOrders),
  },
  {
    key: 'fills',
    label: i18n.t('backtest.report.fills'),
    cell: (r) =>
      i18n.t('backtest.report.fillsValue', {
        book: formatNumber(r.fills.book),
        synthetic: formatNumber(r.fills.synthetic),
      }),
  },
  {
    key: 'period',
    label: i18n.t('backtest.report.period'),
    cell: (r) => `${formatDate(r.period.start)} – ${formatDate(r.period.end)}`,
  },
];

/** The freqtrade-style summary, one column per strategy, side by side. */
export function ReportTable(props: { reports: BacktestReport[] }) {
  return (
    <Card title={i18n.t('backtest.report.title')}>
      <ScrollRegion>
        <table className="w-full text-sm tabular-nums" aria-label={i18n.t('backtest.report.title')}>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th scope="col" className="py-1 pr-4 font-medium">
                {i18n.t('backtest.report.metric')}
              </th>
              {props.reports.map((r) => (
                <th
                  key={reportKey(r)}
                  scope="col"
                  className="py-1 pr-4 text-right font-semibold text-slate-800"
                >
                  {reportLabel(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows().map((row) => (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-600">
                  {row.label}
                </th>
                {props.reports.map((r) => (
                  <td key={reportKey(r)} className="py-1 pr-4 text-right">
                    {row.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
