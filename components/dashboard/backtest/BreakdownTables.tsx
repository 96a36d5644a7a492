import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { EXIT_REASONS } from '../../../lib/core/backtest/trade-ledger';
import { Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { signedUsd, tone } from './report-format';

const strategyLabel = (name: string) => i18n.t(`backtest.strategies.${name as 'balancing'}`);
const TH = 'py-1 pr-4 text-right font-semibold text-slate-800';

/** Per exit reason and per market, each strategy's count and P&L side by side. */
export function BreakdownTables(props: { reports: BacktestReport[] }) {
  const markets = new Map<string, string>();
  for (const r of props.reports) for (const m of r.perMarket) markets.set(m.marketId, m.question);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={i18n.t('backtest.report.byExit')}>
        <table className="w-full text-sm tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th scope="col" className="py-1 pr-4 font-medium">
                {i18n.t('backtest.report.reason')}
              </th>
              {props.reports.map((r) => (
                <th key={r.strategy} scope="col" className={TH}>
                  {strategyLabel(r.strategy)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {EXIT_REASONS.map((reason) => (
              <tr key={reason} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-600">
                  {i18n.t(`backtest.reasons.${reason}`)}
                </th>
                {props.reports.map((r) => {
                  const row = r.perExitReason.find((e) => e.reason === reason);
                  return (
                    <td key={r.strategy} className="py-1 pr-4 text-right">
                      {row && row.count > 0 ? (
                        <span className={tone(row.pnl)}>
                          {signedUsd(row.pnl)} ({formatNumber(row.count)})
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
      </Card>
      <Card title={i18n.t('backtest.report.byMarket')}>
        <div className="max-h-72 overflow-y-auto">
          <table className="w-full text-sm tabular-nums">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {i18n.t('backtest.report.market')}
                </th>
                {props.reports.map((r) => (
                  <th key={r.strategy} scope="col" className={TH}>
                    {strategyLabel(r.strategy)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...markets].map(([id, question]) => (
                <tr key={id} className="border-b border-slate-100">
                  <th
                    scope="row"
                    className="max-w-64 truncate py-1 pr-4 text-left font-normal text-slate-600"
                    title={question}
                  >
                    {question}
                  </th>
                  {props.reports.map((r) => {
                    const row = r.perMarket.find((m) => m.marketId === id);
                    return (
                      <td key={r.strategy} className="py-1 pr-4 text-right">
                        {row ? (
                          <span className={tone(row.pnl)}>
                            {signedUsd(row.pnl)} ({formatNumber(row.trades)})
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
        </div>
      </Card>
    </div>
  );
}
