import { i18n } from '#i18n';
import type { CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import { CrossVenueConfidenceChip } from '../ui/CrossVenueConfidence';
import { CrossVenueGapLine } from '../ui/CrossVenueGapLine';
import { CrossVenuePrices } from '../ui/CrossVenuePrices';

/** Matches shown in the popover at most: it stays compact. */
const SHOWN = 2;

/**
 * The page's market on the other venue, read-only: both venues' best asks side by side, the gap
 * after both venues' fees and how sure the match is. Nothing here acts: the verdict and the pairing
 * live in the extension's own scanner.
 */
export function OverlayCrossVenue({ matches }: { matches: readonly CrossVenueMatchView[] }) {
  if (matches.length === 0) return null;
  return (
    <div
      className="mt-2 border-t border-slate-200 pt-2 dark:border-slate-700"
      data-testid="overlay-cross-venue"
    >
      <p className="mb-1 font-semibold">{i18n.t('sameEvent.overlayTitle')}</p>
      <ul className="space-y-2">
        {matches.slice(0, SHOWN).map((m) => (
          <li key={m.id} className="space-y-1">
            <p className="truncate text-slate-700 dark:text-slate-300" title={m.right.question}>
              {m.right.question}
            </p>
            <CrossVenueConfidenceChip match={m} />
            <CrossVenuePrices legs={[m.left, m.right]} />
            <CrossVenueGapLine match={m} stake={m.gap?.stake ?? 0} />
          </li>
        ))}
      </ul>
    </div>
  );
}
