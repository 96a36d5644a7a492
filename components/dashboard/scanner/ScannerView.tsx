import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { PassLogRow, PassName } from '../../../lib/core/model/rows/pass-log';
import {
  useAllOpportunities,
  useAllPositions,
  useLatestPasses,
  useSettings,
  useTrades,
} from '../../hooks/use-live-data';
import { useNow } from '../../hooks/use-now';
import { useRequest } from '../../hooks/use-request';
import { isScanRunning, useScanProgress } from '../../hooks/use-scan-progress';
import { ScanProgressLine } from '../../ui/ScanProgressLine';
import { mixedVenues } from '../../ui/VenueTag';
import { CrossVenueDetails } from '../crossvenue/CrossVenueDetails';
import { MatchSummaryLine } from '../crossvenue/MatchSummaryLine';
import { matchesByMarket } from '../crossvenue/matches-by-market';
import { SameEventView } from '../crossvenue/SameEventView';
import { useCrossVenue } from '../crossvenue/use-cross-venue';
import { EmptyState } from '../EmptyState';
import { SortHeader } from '../SortHeader';
import { nextSort, type SortState } from '../table-sort';
import { RejectionsList } from './RejectionsList';
import { ScannerFilters } from './ScannerFilters';
import { ScannerRow } from './ScannerRow';
import { type ScannerSubTab, ScannerSubTabs } from './ScannerSubTabs';
import { type ScannerFilter, type ScannerSortKey, scannerRows } from './scanner-table';
import { WatchingPanel } from './WatchingPanel';

const columns: { key: ScannerSortKey; label: () => string; align?: 'right' }[] = [
  { key: 'score', label: () => i18n.t('scanner.score') },
  { key: 'market', label: () => i18n.t('scanner.market') },
  { key: 'yes', label: () => i18n.t('scanner.prices'), align: 'right' },
  { key: 'liquidity', label: () => i18n.t('scanner.liquidity'), align: 'right' },
  { key: 'volume', label: () => i18n.t('scanner.volume'), align: 'right' },
  { key: 'whales', label: () => i18n.t('scanner.whales'), align: 'right' },
  { key: 'end', label: () => i18n.t('scanner.ends'), align: 'right' },
];

/** Opportunities of the last scan: sortable, filterable, each score explained; rejections on demand. */
export function ScannerView() {
  const all = useAllOpportunities();
  const positions = useAllPositions();
  const trades = useTrades();
  const progress = useScanProgress();
  const settings = useSettings();
  const now = useNow(5_000);
  const scan = useRequest('pass.run');
  const [filter, setFilter] = useState<ScannerFilter>({
    query: '',
    minScore: 1,
    completeOnly: false,
    venue: 'all',
  });
  const [sort, setSort] = useState<SortState<ScannerSortKey>>({ key: 'score', dir: 'desc' });
  const [expanded, setExpanded] = useState<string | null>(null);
  const [showRejected, setShowRejected] = useState(false);
  const rows = useMemo(() => scannerRows(all, filter, sort), [all, filter, sort]);
  const venues = useMemo(() => mixedVenues(all), [all]);
  const scanning = scan.busy || isScanRunning(progress, now);
  const [subTab, setSubTab] = useState<ScannerSubTab>('opportunities');
  const [showRejectedPairs, setShowRejectedPairs] = useState(false);
  // The comparison runs at the end of each scan pass: reload once its pass row is finished.
  const passes: Partial<Record<PassName, PassLogRow>> = useLatestPasses();
  const lastScan = passes.scan;
  const crossVenue = useCrossVenue({
    includeRejected: showRejectedPairs,
    reloadKey: `${lastScan?.id ?? ''}|${lastScan?.finishedAt ?? ''}`,
  });
  const byMarket = useMemo(() => matchesByMarket(crossVenue.view?.matches ?? []), [crossVenue.view]);
  const kalshiChoices = useMemo(
    () =>
      all
        .filter((o) => o.venue === 'kalshi')
        .map((o) => ({ marketId: o.marketId, marketName: o.marketName }))
        .sort((a, b) => a.marketName.localeCompare(b.marketName)),
    [all],
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ScannerFilters filter={filter} onChange={setFilter} venues={venues} />
        <div className="flex items-center gap-2">
          <button
            type="button"
            aria-expanded={showRejected}
            onClick={() => setShowRejected((v) => !v)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            {showRejected ? i18n.t('scanner.hideRejected') : i18n.t('scanner.showRejected')}
          </button>
          <button
            type="button"
            disabled={scanning}
            onClick={() => void scan.send({ pass: 'scan' })}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
          >
            {scanning ? i18n.t('scan.scanning') : i18n.t('scan.now')}
          </button>
        </div>
      </div>
      {scanning && progress && <ScanProgressLine progress={progress} />}
      {scan.error && (
        <p role="alert" className="text-sm text-loss">
          {i18n.t('scan.failed', { error: scan.error })}
        </p>
      )}
      {settings && <WatchingPanel settings={settings} />}
      {showRejected && <RejectionsList />}
      <ScannerSubTabs
        value={subTab}
        onChange={setSubTab}
        pairs={crossVenue.view?.matches.filter((m) => m.verdict !== 'rejected').length ?? null}
      />
      <div
        id="scanner-subpanel"
        role="tabpanel"
        aria-labelledby={`scanner-tab-${subTab}`}
        className="space-y-4"
      >
        {subTab === 'sameEvent' ? (
          <SameEventView
            state={crossVenue}
            now={now}
            showRejected={showRejectedPairs}
            onShowRejected={setShowRejectedPairs}
          />
        ) : all.length === 0 ? (
          <EmptyState title={i18n.t('scanner.emptyTitle')}>{i18n.t('scanner.emptyBody')}</EmptyState>
        ) : (
          <>
            <p className="text-xs text-slate-600">
              {i18n.t('scanner.count', { shown: String(rows.length), total: String(all.length) })}
            </p>
            <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
              <table className="tabular w-full border-collapse text-sm">
                <caption className="sr-only">{i18n.t('scanner.caption')}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {columns.map((c) => (
                      <SortHeader
                        key={c.key}
                        label={c.label()}
                        sortKey={c.key}
                        sort={sort}
                        align={c.align}
                        onSort={(k) => setSort((s) => nextSort(s, k))}
                      />
                    ))}
                    <th
                      scope="col"
                      className="px-2 py-2 text-right text-xs font-semibold uppercase text-slate-600"
                    >
                      {i18n.t('scanner.actions')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((o) => (
                    <ScannerRow
                      key={o.id}
                      row={o}
                      expanded={expanded === o.id}
                      onToggle={() => setExpanded((id) => (id === o.id ? null : o.id))}
                      positions={positions}
                      trades={trades}
                      venues={venues}
                      crossVenueLine={(byMarket.get(o.marketId) ?? []).map((m) => (
                        <MatchSummaryLine key={m.id} match={m} marketId={o.marketId} />
                      ))}
                      crossVenueDetails={
                        <CrossVenueDetails
                          marketId={o.marketId}
                          isPolymarket={(o.venue ?? 'polymarket') === 'polymarket'}
                          matches={byMarket.get(o.marketId) ?? []}
                          state={crossVenue}
                          kalshiChoices={kalshiChoices}
                          now={now}
                        />
                      }
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
