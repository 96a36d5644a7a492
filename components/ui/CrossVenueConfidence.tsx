import { i18n } from '#i18n';
import type { CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import { confidenceBand, confidenceText, reasonTexts } from './cross-venue-text';
import { uiLocale } from './locale';
import { optionalMessage } from './ui-text';

const bandClass = {
  likely:
    'border-green-300 bg-green-50 text-green-900 dark:border-green-700 dark:bg-green-950 dark:text-green-200',
  possible:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
  unlikely:
    'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200',
} as const;
const userClass =
  'border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-200';

/** "Likely match 82 %" (or the user's verdict) as a chip, and the "worded the other way round" warning. */
export function CrossVenueConfidenceChip({ match }: { match: CrossVenueMatchView }) {
  const byUser = match.manual || match.verdict !== 'auto';
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span
        data-testid="cross-venue-confidence"
        className={`inline-block rounded border px-1.5 text-[11px] font-semibold leading-5 ${
          byUser ? userClass : bandClass[confidenceBand(match.confidence)]
        }`}
      >
        {confidenceText(match, optionalMessage, uiLocale())}
      </span>
      {match.orientation === 'inverted' && (
        <span className="text-[11px] font-semibold text-amber-900 dark:text-amber-300">
          {i18n.t('sameEvent.inverted')}
        </span>
      )}
    </span>
  );
}

/** The matcher's reasons in words. */
export function CrossVenueReasons({ match }: { match: CrossVenueMatchView }) {
  const reasons = reasonTexts(match.reasons, optionalMessage, uiLocale());
  if (reasons.length === 0) return null;
  return (
    <div className="text-xs">
      <p className="font-medium text-slate-700 dark:text-slate-300">{i18n.t('sameEvent.reasonsTitle')}</p>
      <ul className="list-disc pl-4 text-slate-700 dark:text-slate-300" data-testid="cross-venue-reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
