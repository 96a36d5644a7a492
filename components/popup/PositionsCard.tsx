import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import type { Settings } from '../../lib/settings/schema';
import { Card } from '../ui/Card';
import { CloseAllPositions } from './CloseAllPositions';
import { PositionItem } from './PositionItem';

/** Open positions: each side's entry → now, divergence gauge, exits, Close. */
export function PositionsCard({
  positions,
  strategy,
  hasClosed = false,
}: {
  positions: PositionRow[];
  strategy: Settings['strategy'] | undefined;
  /** Whether any position was closed before: then "no open position", with the way to History. */
  hasClosed?: boolean;
}) {
  return (
    <Card
      title={i18n.t('popup.openPositions', { count: String(positions.length) })}
      action={positions.length > 0 ? <CloseAllPositions positions={positions} /> : undefined}
    >
      {positions.length === 0 || !strategy ? (
        <EmptyPositions hasClosed={hasClosed} />
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

/** Never traded: what will appear here. Traded before: nothing open now, and where the closed ones are. */
function EmptyPositions({ hasClosed }: { hasClosed: boolean }) {
  if (!hasClosed) return <p className="text-sm text-slate-600">{i18n.t('popup.noPositions')}</p>;
  return (
    <p className="text-sm text-slate-600">
      {i18n.t('popup.noOpenPositions')}{' '}
      <a
        href={browser.runtime.getURL('/dashboard.html#history')}
        target="_blank"
        rel="noreferrer"
        className="inline-block py-3 font-semibold text-brand-600 underline hover:text-brand-500"
      >
        {i18n.t('popup.closedInHistory')}
      </a>
    </p>
  );
}
