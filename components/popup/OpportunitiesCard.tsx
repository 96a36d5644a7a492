import { i18n } from '#i18n';
import type { OpportunityRow } from '../../lib/core/model/rows/opportunities';
import type { ScanProgress } from '../hooks/use-scan-progress';
import { Card } from '../ui/Card';
import { formatCents } from '../ui/format';
import { HeldTag } from '../ui/HeldTag';
import { ScanProgressLine } from '../ui/ScanProgressLine';
import { ScoreBadge } from '../ui/ScoreBadge';
import { mixedVenues, VenueTag } from '../ui/VenueTag';
import { EnterFlow } from './EnterFlow';
import { ThresholdNote } from './ThresholdNote';

/** The best opportunities of the last scan with Enter; the empty state says when the next scan runs. */
export function OpportunitiesCard(props: {
  opportunities: OpportunityRow[];
  nextScanLabel: string;
  onScanNow: () => void;
  scanning: boolean;
  progress: ScanProgress | undefined;
  /** Markets with an open position: marked held, not offered. */
  held: ReadonlySet<string>;
  threshold: number | undefined;
  newsOn: boolean;
}) {
  const best = props.opportunities[0]?.score;
  // Beside another venue's markets, Polymarket's are tagged too (as in the scanner).
  const mixed = mixedVenues(props.opportunities);
  return (
    <Card
      title={i18n.t('popup.bestOpportunities')}
      action={
        <button
          type="button"
          onClick={props.onScanNow}
          disabled={props.scanning}
          className="rounded-md bg-brand-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {props.scanning ? i18n.t('scan.scanning') : i18n.t('scan.now')}
        </button>
      }
    >
      {props.scanning && props.progress && <ScanProgressLine progress={props.progress} />}
      {props.opportunities.length === 0 ? (
        <p className="text-sm text-slate-600">
          {i18n.t('popup.noOpportunities')} {props.nextScanLabel}
        </p>
      ) : (
        <>
          {best !== undefined && props.threshold !== undefined && (
            <ThresholdNote best={best} threshold={props.threshold} newsOn={props.newsOn} />
          )}
          <ul className="divide-y divide-slate-100">
            {props.opportunities.map((o) => (
              <li key={o.id} className="flex items-center gap-2 py-2 text-sm" data-testid="opportunity-item">
                <ScoreBadge score={o.score} label={i18n.t('score.label', { score: String(o.score) })} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate" title={o.marketName}>
                    <VenueTag venue={o.venue} always={mixed} />
                    {o.marketName}
                  </span>
                  <span className="tabular block text-xs text-slate-600">
                    {i18n.t('common.yesNoPrices', { yes: formatCents(o.midYes), no: formatCents(o.midNo) })}
                  </span>
                </span>
                {props.held.has(o.marketId) ? (
                  <HeldTag />
                ) : (
                  <EnterFlow marketId={o.marketId} marketName={o.marketName} compact />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
