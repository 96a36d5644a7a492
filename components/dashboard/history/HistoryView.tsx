import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { useClosedPositions, useSettings, useTrades } from '../../hooks/use-live-data';
import { formatNumber, formatUsd } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { ModeTag } from '../../ui/ModeTag';
import { mixedVenues } from '../../ui/VenueTag';
import { EquityChart } from '../charts/EquityChart';
import { EmptyState } from '../EmptyState';
import { ClosedEdge } from './ClosedEdge';
import { ClosedPositionsTable } from './ClosedPositionsTable';
import { downloadText } from './download-text';
import { HistoryFilters } from './HistoryFilters';
import { emptyHistoryFilter, filterTrades, type HistoryFilter, inVenue, tradeTotals } from './history-filter';
import { TradeMethodLegend } from './TradeMethodTag';
import { TradesTable } from './TradesTable';
import { tradeMethod } from './trade-method';
import { type CsvFormat, csvFileName, tradesToCsv, usesDecimalComma } from './trades-csv';

/** Trades and closed positions: filters, totals, equity curve, CSV export of what is shown. */
export function HistoryView() {
  const trades = useTrades();
  const closed = useClosedPositions();
  const settings = useSettings();
  const [filter, setFilter] = useState<HistoryFilter>(emptyHistoryFilter);
  const shown = useMemo(() => filterTrades(trades, filter), [trades, filter]);
  const venues = useMemo(() => mixedVenues([...trades, ...closed]), [trades, closed]);
  const closedShown = useMemo(() => closed.filter((p) => inVenue(p, filter)), [closed, filter]);
  // Each mode's totals are its own: never one sum of paper and live money.
  const formats: CsvFormat[] = usesDecimalComma(uiLocale()) ? ['semicolon', 'standard'] : ['standard'];
  const modes = (['paper', 'live'] as const).filter((m) => shown.some((t) => t.mode === m));

  if (trades.length === 0 && closed.length === 0) {
    return <EmptyState title={i18n.t('history.emptyTitle')}>{i18n.t('history.emptyBody')}</EmptyState>;
  }
  return (
    <div className="space-y-5">
      <EquityChart
        closed={closed.filter((p) => p.mode === 'paper')}
        startingBalanceUsd={settings?.paper.startingBalanceUsd ?? 1000}
      />
      <section aria-labelledby="closed-heading" className="space-y-2">
        <h2 id="closed-heading" className="text-base font-semibold">
          {i18n.t('history.closedTitle')}
        </h2>
        <ClosedEdge positions={closedShown} filter={filter} />
        <ClosedPositionsTable positions={closedShown} venues={venues} />
      </section>
      <section aria-labelledby="trades-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="trades-heading" className="text-base font-semibold">
            {i18n.t('history.tradesTitle')}
          </h2>
          <span className="flex flex-wrap gap-2">
            {formats.map((format) => (
              <button
                key={format}
                type="button"
                disabled={shown.length === 0}
                onClick={() =>
                  downloadText(
                    tradesToCsv(shown, format),
                    csvFileName(Date.now(), format),
                    'text/csv;charset=utf-8',
                  )
                }
                className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
              >
                {format === 'semicolon'
                  ? i18n.t('history.exportCsvSemicolon')
                  : i18n.t('history.exportCsvStandard')}
              </button>
            ))}
          </span>
        </div>
        <HistoryFilters filter={filter} onChange={setFilter} venues={venues} />
        <div className="tabular space-y-1 text-sm text-slate-700" data-testid="history-totals">
          {modes.map((mode) => {
            const totals = tradeTotals(shown.filter((t) => t.mode === mode));
            return (
              <p key={mode} data-testid={`history-totals-${mode}`}>
                <ModeTag mode={mode} />{' '}
                {i18n.t('history.totals', totals.count, {
                  count: formatNumber(totals.count),
                  bought: formatUsd(totals.bought),
                  sold: formatUsd(totals.sold),
                  fees: formatUsd(totals.fees),
                  failed: formatNumber(totals.failed),
                })}
              </p>
            );
          })}
        </div>
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">{i18n.t('history.noMatch')}</p>
        ) : (
          <TradesTable trades={shown} venues={venues} />
        )}
        <TradeMethodLegend methods={[...new Set(shown.map(tradeMethod))]} />
      </section>
    </div>
  );
}
