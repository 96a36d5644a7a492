import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';
import { fromMicros } from '../../../lib/core/model/money';
import { formatNumber, formatUsd } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { signedUsd, tone } from './report-format';
import { reportKey, reportLabel } from './report-label';

const TH = 'py-1 pr-4 font-medium';

/** Gas is a fraction of a cent a split: four decimals, as the CLI prints it. */
function gasUsd(micros: number): string {
  return fromMicros(micros).toLocaleString(uiLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 4,
  });
}

/**
 * How each run entered and left, as the CLI's `--entry-method` table: balanced entries minted by a
 * split, closes that merged their pairs, the modelled gas they paid, and the run's P&L beside it.
 * Shown when the runs were named by an entry method (any choice but the plain books run).
 */
export function EntryMethodTable({ reports }: { reports: BacktestReport[] }) {
  const runs = reports.filter((r) => r.entry);
  if (runs.length === 0) return null;
  return (
    <figure
      className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      data-testid="entry-method-table"
    >
      <figcaption className="mb-1 text-sm font-semibold">{i18n.t('backtest.entryMethod.title')}</figcaption>
      <table className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{i18n.t('backtest.entryMethod.title')}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className={TH}>
              {i18n.t('backtest.entryMethod.run')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.entryMethod.method')}
            </th>
            {(['splits', 'merges', 'gas', 'pnl'] as const).map((key) => (
              <th key={key} scope="col" className={`${TH} text-right`}>
                {i18n.t(`backtest.entryMethod.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={reportKey(r)} className="border-b border-slate-100" data-testid="entry-method-row">
              <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-800">
                {reportLabel(r)}
              </th>
              <td className="py-1 pr-4">
                {r.entry && i18n.t(`backtest.entryMethod.options.${r.entry.entryMethod}`)}
              </td>
              <td className="py-1 pr-4 text-right">{formatNumber(r.entry?.splits ?? 0)}</td>
              <td className="py-1 pr-4 text-right">{formatNumber(r.entry?.merges ?? 0)}</td>
              <td className="py-1 pr-4 text-right">{gasUsd(r.entry?.gas ?? 0)}</td>
              <td className={`py-1 pr-4 text-right ${tone(r.summary.totalPnl)}`}>
                {signedUsd(r.summary.totalPnl)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        {i18n.t('backtest.entryMethod.note', { one: formatUsd(1_000_000) })}
      </p>
    </figure>
  );
}
