import { i18n } from '#i18n';
import {
  DEFAULT_VENUE,
  VENUE_IDS,
  VENUE_NAMES,
  type VenueId,
  venueIdSchema,
  venueOf,
} from '../../lib/core/model/venue';

/** Whether rows hold a market of a venue other than Polymarket (then every row names its venue). */
export function mixedVenues(rows: readonly { venue?: VenueId | undefined }[]): boolean {
  return rows.some((r) => venueOf(r) !== DEFAULT_VENUE);
}

/**
 * The small venue tag beside a market's name. Quiet while Polymarket is the only venue: a Polymarket
 * row is tagged only when `always` (its list also holds another venue's markets).
 */
export function VenueTag({ venue, always = false }: { venue: VenueId | undefined; always?: boolean }) {
  const id = venue ?? DEFAULT_VENUE;
  if (id === DEFAULT_VENUE && !always) return null;
  const name = VENUE_NAMES[id];
  return (
    <span
      data-testid="venue-tag"
      title={i18n.t('venue.tagTitle', { venue: name })}
      className={`mr-1 inline-block rounded border px-1 align-middle text-[10px] font-semibold uppercase leading-4 ${
        id === DEFAULT_VENUE
          ? 'border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-300'
          : 'border-indigo-300 bg-indigo-50 text-indigo-800 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-200'
      }`}
    >
      {name}
    </span>
  );
}

/** "Venue: All / Polymarket / Kalshi", shown only when the rows hold more than Polymarket. */
export function VenueSelect(props: { value: VenueId | 'all'; onChange: (v: VenueId | 'all') => void }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs font-medium text-slate-700">{i18n.t('venue.label')}</span>
      <select
        data-testid="venue-filter"
        value={props.value}
        onChange={(e) => {
          const picked = venueIdSchema.safeParse(e.target.value);
          props.onChange(picked.success ? picked.data : 'all');
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        <option value="all">{i18n.t('common.all')}</option>
        {VENUE_IDS.map((id) => (
          <option key={id} value={id}>
            {VENUE_NAMES[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
