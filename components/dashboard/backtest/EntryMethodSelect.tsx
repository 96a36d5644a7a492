import { i18n } from '#i18n';
import { ENTRY_METHOD_OPTIONS, type EntryMethodOption } from '../../../lib/core/backtest/entry-method-runs';
import { formatUsd } from '../../ui/format';

function isOption(value: string): value is EntryMethodOption {
  return (ENTRY_METHOD_OPTIONS as readonly string[]).includes(value);
}

/** "Balanced entries by": the CLI's --entry-method (auto, books, split, or compare both) in the Backtest tab. */
export function EntryMethodSelect(props: {
  value: EntryMethodOption;
  onChange: (v: EntryMethodOption) => void;
}) {
  return (
    <div className="mt-3 space-y-1" data-testid="entry-method">
      <label htmlFor="bt-entry-method" className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">{i18n.t('backtest.entryMethod.label')}</span>
        <select
          id="bt-entry-method"
          value={props.value}
          onChange={(e) => {
            if (isOption(e.target.value)) props.onChange(e.target.value);
          }}
          className="min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {ENTRY_METHOD_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {i18n.t(`backtest.entryMethod.options.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="text-xs text-slate-500">
        {i18n.t('backtest.entryMethod.help', { one: formatUsd(1_000_000) })}
      </p>
    </div>
  );
}
