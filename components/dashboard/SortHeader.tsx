import type { SortState } from './table-sort';

/** A column header that sorts its table; announces the current order (aria-sort). */
export function SortHeader<K extends string>(props: {
  label: string;
  sortKey: K;
  sort: SortState<K>;
  onSort: (key: K) => void;
  align?: 'left' | 'right';
}) {
  const active = props.sort.key === props.sortKey;
  const ariaSort = active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={`p-0 ${props.align === 'right' ? 'text-right' : 'text-left'}`}
    >
      <button
        type="button"
        onClick={() => props.onSort(props.sortKey)}
        className={`w-full whitespace-nowrap px-2 py-2 text-xs font-semibold uppercase hover:text-slate-900 ${
          props.align === 'right' ? 'text-right' : 'text-left'
        } ${active ? 'text-slate-900' : 'text-slate-600'}`}
      >
        {props.label}
        <span aria-hidden="true" className="ml-1 inline-block w-2">
          {active ? (props.sort.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}
