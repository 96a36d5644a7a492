import { i18n } from '#i18n';
import type { CrossVenueMatchView } from '../../../lib/messaging/cross-venue-protocol';
import { CrossVenueConfidenceChip } from '../../ui/CrossVenueConfidence';
import { gapAmountText, gapTone, gapVerdictText } from '../../ui/cross-venue-text';
import { formatCents } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';
import { VenueTag } from '../../ui/VenueTag';

const toneClass = { edge: 'text-gain', none: 'text-loss', unknown: 'text-slate-600' } as const;

/**
 * Under a scanner row's market name: the other venue's best asks beside this row's, the gap after
 * both venues' fees and the match's confidence, in one line. The details (and the verdict) are in
 * the row's expanded view.
 */
export function MatchSummaryLine({ match, marketId }: { match: CrossVenueMatchView; marketId: string }) {
  const here = match.left.marketId === marketId ? match.left : match.right;
  const there = here === match.left ? match.right : match.left;
  const lang = uiLocale();
  const tone = gapTone(match.gap);
  return (
    <span
      title={i18n.t('sameEvent.pricesCaption')}
      className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs"
      data-testid="cross-venue-line"
    >
      <span className="tabular whitespace-nowrap">
        <VenueTag venue={here.venue} always />
        {i18n.t('common.yesNoPrices', { yes: formatCents(here.yesAsk), no: formatCents(here.noAsk) })}
      </span>
      <span className="tabular whitespace-nowrap">
        <VenueTag venue={there.venue} always />
        {i18n.t('common.yesNoPrices', { yes: formatCents(there.yesAsk), no: formatCents(there.noAsk) })}
      </span>
      <span>
        {match.gap && (
          <span className={`tabular whitespace-nowrap font-semibold ${toneClass[tone]}`}>
            {gapAmountText(match.gap, lang)}
          </span>
        )}
        <span className="text-slate-700">
          {match.gap ? ' · ' : ''}
          {gapVerdictText(match.gap, optionalMessage)}
        </span>
      </span>
      <CrossVenueConfidenceChip match={match} />
    </span>
  );
}
