import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { EXIT_REASONS } from '../../../lib/core/backtest/trade-ledger';
import { Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { signedUsd, tone } from './report-format';
import { reportKey, reportLabel } from './report-label';

const TH = 'py-1 pr-4 text-right font-semibold text-slate-800';

interface BreakdownRow {
  key: string;
  label: string;
  /** Full text when the label is truncated. */
  title?: string;
  /** The strategy's P&L and count in this row, or undefined when it has none. */
  cell: (report: BacktestReport) => { pnl: number; count: number } | undefined;
}

/** One row per reason or market, one column per strategy: "+$12.30 (4)". */
function StrategyColumnsTable(props: { reports: BacktestReport[]; heading: string; rows: BreakdownRow[] }) {
  return (
    <table className="w-full text-sm tabular-nums">
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-500">
          <th scope="col" className="py-1 pr-4 font-medium">
            {props.heading}
          </th>
          {props.reports.map((r) => (
            <th key={reportKey(r)} scope="col" className={TH}>
              {reportLabel(r)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th
              scope="row"
              className="max-w-64 truncate py-1 pr-4 text-left font-normal text-slate-600"
              title={row.title}
            >
              {row.label}
            </th>
            {props.reports.map((r) => {
              const cell = row.cell(r);
              return (
                <td key={reportKey(r)} className="py-1 pr-4 text-right">
                  {cell && cell.count > 0 ? (
                    <span className={tone(cell.pnl)}>
                      {signedUsd(cell.pnl)} ({formatNumber(cell.count)})
                    </span>
                  ) : (
                    i18n.t('backtest.report.none')
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per exit reason and per market, each strategy's count and P&L side by side. */
export function BreakdownTables(props: { reports: BacktestReport[] }) {
  const markets = new Map<string, string>();
  for (const r of props.reports) for (const m of r.perMarket) markets.set(m.marketId, m.question);
  const byReason: BreakdownRow[] = EXIT_REASONS.map((reason) => ({
    key: reason,
    label: i18n.t(`backtest.reasons.${reason}`),
    cell: (r) => r.perExitReason.find((e) => e.reason === reason),
  }));
  const byMarket: BreakdownRow[] = [...markets].map(([id, question]) => ({
    key: id,
    label: question,
    title: question,
    cell: (r) => {
      const m = r.perMarket.find((x) => x.marketId === id);
      return m ? { pnl: m.pnl, count: m.trades } : undefined;
    },
  }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={i18n.t('backtest.report.byExit')}>
        <StrategyColumnsTable
          reports={props.reports}
          heading={i18n.t('backtest.report.reason')}
          rows={byReason}
        />
      </Card>
      <Card title={i18n.t('backtest.report.byMarket')}>
        <div className="max-h-72 overflow-y-auto">
          <StrategyColumnsTable
            reports={props.reports}
            heading={i18n.t('backtest.report.market')}
            rows={byMarket}
          />
        </div>
      </Card>
    </div>
  );
}
