import { i18n } from '#i18n';
import { usePosition } from '../hooks/use-live-data';
import { formatCents, formatUsd } from '../ui/format';

/** After an entry: the fill prices of both legs and what it cost, from the recorded position. */
export function EntryFills({ positionId }: { positionId: string }) {
  const p = usePosition(positionId);
  if (!p) return null;
  return (
    <p className="tabular mt-1 text-xs text-slate-700" data-testid="entry-fills">
      {i18n.t('entry.fills', {
        yes: `${p.yesLabel} ${formatCents(p.entryPriceYes)}`,
        no: `${p.noLabel} ${formatCents(p.entryPriceNo)}`,
        cost: formatUsd(p.capitalYes + p.capitalNo),
      })}
    </p>
  );
}
