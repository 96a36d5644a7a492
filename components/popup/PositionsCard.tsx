import type { PositionRow } from '../../lib/adapters/storage/schema/positions';
import { Card } from '../ui/Card';
import { formatCents } from '../ui/format';

/** Open positions: each side's entry → now. */
export function PositionsCard({ positions }: { positions: PositionRow[] }) {
  return (
    <Card title={`Open positions (${positions.length})`}>
      {positions.length === 0 ? (
        <p className="text-sm text-slate-500">
          No positions yet. Positions you enter appear here with both sides' prices.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {positions.map((p) => (
            <li key={p.id} className="py-2 text-sm">
              <p className="truncate font-medium" title={p.marketName}>
                {p.marketName}
              </p>
              <p className="tabular text-xs text-slate-600">
                {p.yesLabel} {formatCents(p.entryPriceYes)} → {formatCents(p.currentPriceYes)} · {p.noLabel}{' '}
                {formatCents(p.entryPriceNo)} → {formatCents(p.currentPriceNo)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
