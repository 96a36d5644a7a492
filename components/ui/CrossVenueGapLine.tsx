import { i18n } from '#i18n';
import { VENUE_NAMES } from '../../lib/core/model/venue';
import type { CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import { gapAmountText, gapSides, gapTone, gapVerdictText } from './cross-venue-text';
import { formatShares, formatUsd } from './format';
import { uiLocale } from './locale';
import { optionalMessage } from './ui-text';

const toneClass = {
  edge: 'text-gain dark:text-green-400',
  none: 'text-loss dark:text-red-400',
  unknown: 'text-slate-600 dark:text-slate-400',
} as const;

/**
 * The gap after both venues' fees for the stake, signed and coloured, with what it means in words:
 * a negative gap (the usual case) reads "no edge after fees", never as an opportunity. `detail`
 * adds which outcome to buy where, the pairs, their cost and the fees.
 */
export function CrossVenueGapLine(props: { match: CrossVenueMatchView; stake: number; detail?: boolean }) {
  const { gap } = props.match;
  const tone = gapTone(gap);
  const lang = uiLocale();
  const sides = gap ? gapSides(gap, props.match.orientation) : null;
  return (
    <div className="text-xs" data-testid="cross-venue-gap" data-tone={tone}>
      <p>
        <span className="text-slate-700 dark:text-slate-300">
          {i18n.t('sameEvent.gapLabel', { stake: formatUsd(gap?.stake ?? props.stake, lang) })}
        </span>{' '}
        {gap && <span className={`tabular font-bold ${toneClass[tone]}`}>{gapAmountText(gap, lang)}</span>}
        <span className={gap ? 'text-slate-700 dark:text-slate-300' : toneClass.unknown}>
          {gap ? ' — ' : ''}
          {gapVerdictText(gap, optionalMessage)}
        </span>
      </p>
      {props.detail && gap && sides && (
        <p className="tabular mt-0.5 text-slate-600 dark:text-slate-400">
          {i18n.t('sameEvent.gapDirection', {
            leftSide: i18n.t(`outcomeSides.${sides.left}`),
            left: VENUE_NAMES[props.match.left.venue],
            rightSide: i18n.t(`outcomeSides.${sides.right}`),
            right: VENUE_NAMES[props.match.right.venue],
          })}
          {' · '}
          {i18n.t('sameEvent.gapDetail', {
            contracts: formatShares(gap.contracts, lang),
            cost: formatUsd(gap.cost, lang),
            fees: formatUsd(gap.fees, lang),
          })}
        </p>
      )}
    </div>
  );
}
