import { i18n } from '#i18n';
import { VenueSelect } from '../../ui/VenueTag';
import type { ScannerFilter } from './scanner-table';

/** Text search, minimum score, "complete data only", and the venue once there is more than Polymarket. */
export function ScannerFilters(props: {
  filter: ScannerFilter;
  onChange: (f: ScannerFilter) => void;
  venues: boolean;
}) {
  const { filter } = props;
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{i18n.t('scanner.search')}</span>
        <input
          type="search"
          value={filter.query}
          onChange={(e) => props.onChange({ ...filter, query: e.target.value })}
          placeholder={i18n.t('scanner.searchPlaceholder')}
          className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{i18n.t('scanner.minScore')}</span>
        <select
          value={filter.minScore}
          onChange={(e) => props.onChange({ ...filter, minScore: Number(e.target.value) })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          {[1, 5, 6, 7, 8, 9].map((s) => (
            <option key={s} value={s}>
              {s === 1 ? i18n.t('common.all') : `≥ ${s}`}
            </option>
          ))}
        </select>
      </label>
      {props.venues && (
        <VenueSelect value={filter.venue} onChange={(venue) => props.onChange({ ...filter, venue })} />
      )}
      <label className="flex items-center gap-2 pb-1">
        <input
          type="checkbox"
          checked={filter.completeOnly}
          onChange={(e) => props.onChange({ ...filter, completeOnly: e.target.checked })}
          className="h-4 w-4 accent-brand-600"
        />
        <span>{i18n.t('scanner.completeOnly')}</span>
      </label>
    </div>
  );
}
