import { i18n } from '#i18n';
import { isSingleSide } from '../../lib/core/strategies/strategy-names';
import type { EntryPreview } from '../hooks/trade-requests';
import { usePosition } from '../hooks/use-live-data';
import { formatCents, formatShares, formatUsd } from '../ui/format';
import { outcomeLabel } from '../ui/outcome-label';
import { checkFill } from './preview-moved';

/**
 * After an entry: the fill prices of its legs (one for a single-side strategy) and what it cost;
 * against the preview, a leg filled above the worst price shown or with fewer shares says so.
 */
export function EntryFills({ positionId, preview }: { positionId: string; preview: EntryPreview | null }) {
  const p = usePosition(positionId);
  if (!p) return null;
  const cost = formatUsd(p.capitalYes + p.capitalNo);
  const oneSide = isSingleSide(p.strategy);
  const yesBought = p.capitalYes > 0;
  const legs = [
    {
      check: checkFill(preview?.yes ?? null, p.sharesYes, p.entryPriceYes),
      leg: preview?.yes,
      got: p.sharesYes,
      price: p.entryPriceYes,
    },
    {
      check: checkFill(preview?.no ?? null, p.sharesNo, p.entryPriceNo),
      leg: preview?.no,
      got: p.sharesNo,
      price: p.entryPriceNo,
    },
  ];
  return (
    <div className="tabular mt-1 text-xs text-slate-700" data-testid="entry-fills">
      <p>
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
      {legs.map(({ check, leg, got, price }) =>
        check && leg && (check.partial || check.abovePreview) ? (
          <p key={check.label} className="font-medium text-amber-900" data-testid="entry-fill-warning">
            {check.partial &&
              i18n.t('entry.partialFill', {
                side: check.label,
                got: formatShares(got),
                planned: formatShares(leg.shares),
              })}{' '}
            {check.abovePreview &&
              i18n.t('entry.filledAbovePreview', {
                side: check.label,
                price: formatCents(price),
                worst: formatCents(leg.worstPrice),
              })}
          </p>
        ) : null,
      )}
    </div>
  );
}
