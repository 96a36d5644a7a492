import { i18n } from '#i18n';
import type { PositionRow } from '../../lib/adapters/storage/schema/positions';
import type { Settings } from '../../lib/settings/schema';
import { Card } from '../ui/Card';
import { CloseAllPositions } from './CloseAllPositions';
import { PositionItem } from './PositionItem';

/** Open positions: each side's entry → now, divergence gauge, exits, Close. */
export function PositionsCard({
  positions,
  strategy,
}: {
  positions: PositionRow[];
  strategy: Settings['strategy'] | undefined;
}) {
  return (
    <Card
      title={i18n.t('popup.openPositions', { count: String(positions.length) })}
      action={positions.length > 0 ? <CloseAllPositions positions={positions} /> : undefined}
    >
      {positions.length === 0 || !strategy ? (
        <p className="text-sm text-slate-600">{i18n.t('popup.noPositions')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {positions.map((p) => (
            <PositionItem key={p.id} row={p} strategy={strategy} />
          ))}
        </ul>
      )}
    </Card>
  );
}
