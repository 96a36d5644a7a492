import { i18n } from '#i18n';
import { VenueSelect } from '../../ui/VenueTag';
import type { HistoryFilter } from './history-filter';
import { tradeMethods } from './trade-method';

function toDateInput(at: number | null): string {
  return at === null ? '' : new Date(at).toISOString().slice(0, 10);
}

function Select<K extends keyof HistoryFilter>(props: {
  name: K;
  label: string;
  options: { value: string; label: string }[];
  filter: HistoryFilter;
  onChange: (f: HistoryFilter) => void;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs font-medium text-slate-700">{props.label}</span>
      <select
        value={String(props.filter[props.name])}
        onChange={(e) => props.onChange({ ...props.filter, [props.name]: e.target.value })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        <option value="all">{i18n.t('common.all')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Date range, market, side, action, method (book, split, merge, redeem), status, mode (and venue once there is more than Polymarket). Dates are whole UTC days, inclusive. */
export function HistoryFilters({
  filter,
  onChange,
  venues = false,
}: {
  filter: HistoryFilter;
  onChange: (f: HistoryFilter) => void;
  /** More than Polymarket in the history: the venue filter is offered. */
  venues?: boolean;
}) {
  const p = { filter, onChange };
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{i18n.t('history.from')}</span>
        <input
          type="date"
          value={toDateInput(filter.from)}
          onChange={(e) => onChange({ ...filter, from: e.target.value ? Date.parse(e.target.value) : null })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{i18n.t('history.to')}</span>
        <input
          type="date"
          value={toDateInput(filter.to)}
          onChange={(e) =>
            onChange({ ...filter, to: e.target.value ? Date.parse(e.target.value) + 86_399_999 : null })
          }
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">{i18n.t('history.market')}</span>
        <input
          type="search"
          value={filter.market}
          onChange={(e) => onChange({ ...filter, market: e.target.value })}
          className="w-52 rounded-md border border-slate-300 bg-white px-2 py-1"
        />
      </label>
      <Select
        {...p}
        name="side"
        label={i18n.t('history.side')}
        options={[
          { value: 'yes', label: i18n.t('history.sides.yes') },
          { value: 'no', label: i18n.t('history.sides.no') },
        ]}
      />
      <Select
        {...p}
        name="action"
        label={i18n.t('history.action')}
        options={[
          { value: 'buy', label: i18n.t('history.actions.buy') },
          { value: 'sell', label: i18n.t('history.actions.sell') },
          { value: 'redeem', label: i18n.t('history.actions.redeem') },
        ]}
      />
      <Select
        {...p}
        name="method"
        label={i18n.t('history.method')}
        options={tradeMethods.map((m) => ({ value: m, label: i18n.t(`history.methods.${m}`) }))}
      />
      <Select
        {...p}
        name="status"
        label={i18n.t('history.status')}
        options={[
          { value: 'filled', label: i18n.t('history.statuses.filled') },
          { value: 'failed', label: i18n.t('history.statuses.failed') },
        ]}
      />
      <Select
        {...p}
        name="mode"
        label={i18n.t('history.mode')}
        options={[
          { value: 'paper', label: i18n.t('mode.badgePaper') },
          { value: 'live', label: i18n.t('mode.badgeLive') },
        ]}
      />
      {venues && <VenueSelect value={filter.venue} onChange={(venue) => onChange({ ...filter, venue })} />}
    </div>
  );
}
