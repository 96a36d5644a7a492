import { i18n } from '#i18n';
import { isSingleSide } from '../../lib/core/strategies/strategy-names';
import { usePosition } from '../hooks/use-live-data';
import { formatCents, formatUsd } from '../ui/format';
import { outcomeLabel } from '../ui/outcome-label';

/** After an entry: the fill prices of its legs (one for a single-side strategy) and what it cost. */
export function EntryFills({ positionId }: { positionId: string }) {
  const p = usePosition(positionId);
  if (!p) return null;
  const cost = formatUsd(p.capitalYes + p.capitalNo);
  const oneSide = isSingleSide(p.strategy);
  const yesBought = p.capitalYes > 0;
  return (
    <p className="tabular mt-1 text-xs text-slate-700" data-testid="entry-fills">
      {oneSide
        ? i18n.t('entry.fillsOne', {
            side: yesBought ? outcomeLabel(p.yesLabel, 'yes') : outcomeLabel(p.noLabel, 'no'),
            price: formatCents(yesBought ? p.entryPriceYes : p.entryPriceNo),
            cost,
          })
        : i18n.t('entry.fills', {
            yes: `${outcomeLabel(p.yesLabel, 'yes')} ${formatCents(p.entryPriceYes)}`,
            no: `${outcomeLabel(p.noLabel, 'no')} ${formatCents(p.entryPriceNo)}`,
            cost,
          })}
    </p>
  );
}
