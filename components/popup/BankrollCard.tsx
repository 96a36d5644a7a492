import type { PositionRow } from '../../lib/adapters/storage/schema/positions';
import { Card } from '../ui/Card';
import { formatSignedUsd, formatUsd } from '../ui/format';

function pnlClass(value: number): string {
  if (value > 0) return 'text-gain';
  if (value < 0) return 'text-loss';
  return 'text-slate-700';
}

/** Free collateral plus open exposure, and realised P&L today and in total. */
export function BankrollCard(props: {
  freeBalance: number | undefined;
  open: PositionRow[];
  closed: PositionRow[];
  startOfDay: number;
}) {
  const openValue = props.open.reduce((sum, p) => sum + p.capitalYes + p.capitalNo, 0);
  const total = props.closed.reduce((sum, p) => sum + p.pnl, 0);
  const today = props.closed
    .filter((p) => (p.closedAt ?? 0) >= props.startOfDay)
    .reduce((sum, p) => sum + p.pnl, 0);
  return (
    <Card title="Bankroll">
      <div className="grid grid-cols-3 gap-2 tabular">
        <div>
          <p className="text-lg font-semibold" data-testid="bankroll">
            {props.freeBalance === undefined ? '—' : formatUsd(props.freeBalance + openValue)}
          </p>
          <p className="text-xs text-slate-500">
            {props.freeBalance === undefined ? '' : `${formatUsd(props.freeBalance)} free`}
          </p>
        </div>
        <div>
          <p className={`text-lg font-semibold ${pnlClass(today)}`}>{formatSignedUsd(today)}</p>
          <p className="text-xs text-slate-500">P&amp;L today</p>
        </div>
        <div>
          <p className={`text-lg font-semibold ${pnlClass(total)}`}>{formatSignedUsd(total)}</p>
          <p className="text-xs text-slate-500">P&amp;L total</p>
        </div>
      </div>
    </Card>
  );
}
