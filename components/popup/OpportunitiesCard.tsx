import type { OpportunityRow } from '../../lib/adapters/storage/schema/opportunities';
import { Card } from '../ui/Card';
import { formatCents } from '../ui/format';

function scoreClass(score: number): string {
  if (score >= 8) return 'bg-green-600 text-white';
  if (score >= 6) return 'bg-amber-500 text-white';
  return 'bg-slate-300 text-slate-800';
}

/** The best opportunities of the last scan; the empty state says when the next scan runs. */
export function OpportunitiesCard(props: {
  opportunities: OpportunityRow[];
  nextScanLabel: string;
  onScanNow: () => void;
  scanning: boolean;
}) {
  return (
    <Card
      title="Best opportunities"
      action={
        <button
          type="button"
          onClick={props.onScanNow}
          disabled={props.scanning}
          className="rounded-md bg-brand-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {props.scanning ? 'Scanning…' : 'Scan now'}
        </button>
      }
    >
      {props.opportunities.length === 0 ? (
        <p className="text-sm text-slate-500">No opportunities yet. {props.nextScanLabel}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {props.opportunities.map((o) => (
            <li key={o.id} className="flex items-center gap-2 py-2 text-sm">
              <span className={`tabular rounded-md px-1.5 py-0.5 text-xs font-bold ${scoreClass(o.score)}`}>
                {o.score}/10
              </span>
              <span className="flex-1 truncate" title={o.marketName}>
                {o.marketName}
              </span>
              <span className="tabular text-xs text-slate-500">{formatCents(o.midYes)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
