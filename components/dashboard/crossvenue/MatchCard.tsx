import { i18n } from '#i18n';
import { VENUE_NAMES } from '../../../lib/core/model/venue';
import type {
  CrossVenueLegView,
  CrossVenueMatchView,
  CrossVenueVerdict,
} from '../../../lib/messaging/cross-venue-protocol';
import { CrossVenueConfidenceChip, CrossVenueReasons } from '../../ui/CrossVenueConfidence';
import { CrossVenueGapLine } from '../../ui/CrossVenueGapLine';
import { CrossVenuePrices } from '../../ui/CrossVenuePrices';
import { formatAgo } from '../../ui/format';
import { VenueTag } from '../../ui/VenueTag';
import { VerdictControls } from './VerdictControls';

function LegQuestion({ leg }: { leg: CrossVenueLegView }) {
  return (
    <p className="min-w-0 break-words text-sm">
      <VenueTag venue={leg.venue} always />
      {leg.question}
      {leg.url && (
        <a
          href={leg.url}
          target="_blank"
          rel="noreferrer noopener"
          className="ml-2 inline-block text-xs font-medium text-blue-800 underline underline-offset-2"
        >
          {i18n.t('sameEvent.openOn', { venue: VENUE_NAMES[leg.venue] })}
        </a>
      )}
    </p>
  );
}

/**
 * One market on both venues: the two questions, both venues' best asks side by side, the gap after
 * both venues' fees for the stake, the matcher's confidence and reasons, and the user's verdict.
 * `bothQuestions` false (inside a scanner row, which names the Polymarket market already) shows
 * only the other venue's question.
 */
export function MatchCard(props: {
  match: CrossVenueMatchView;
  stake: number;
  now: number;
  busy: boolean;
  bothQuestions: boolean;
  onVerdict: (id: string, v: CrossVenueVerdict) => void;
}) {
  const m = props.match;
  return (
    <article
      data-testid="cross-venue-match"
      data-match-id={m.id}
      aria-label={`${m.left.question} · ${m.right.question}`}
      className={`min-w-0 rounded-lg border bg-white p-3 ${
        m.verdict === 'rejected' ? 'border-dashed border-slate-300 opacity-80' : 'border-slate-200'
      }`}
    >
      <div className="grid min-w-0 gap-3 md:grid-cols-2">
        <div className="min-w-0 space-y-2">
          {props.bothQuestions && <LegQuestion leg={m.left} />}
          <LegQuestion leg={m.right} />
          <CrossVenueConfidenceChip match={m} />
          <div className="overflow-x-auto">
            <CrossVenuePrices legs={[m.left, m.right]} />
          </div>
          <CrossVenueGapLine match={m} stake={props.stake} detail />
          <p className="text-[11px] text-slate-600">
            {i18n.t('sameEvent.checkedAt', { ago: formatAgo(m.checkedAt, props.now) })}
          </p>
        </div>
        <div className="min-w-0 space-y-3">
          <CrossVenueReasons match={m} />
          <VerdictControls
            verdict={m.verdict}
            busy={props.busy}
            onVerdict={(v) => props.onVerdict(m.id, v)}
          />
        </div>
      </div>
    </article>
  );
}
