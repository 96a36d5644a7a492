import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { clockTime } from '../../lib/settings/fields';
import { choiceLabel, fieldHelp, fieldLabel, unitSuffix } from './setting-text';
import type { FieldView } from './settings-layout';

/** Ratios are edited as percentages (0.3 → "30"); lists one item per line. */
function toInput(field: FieldView, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  if (field.meta.unit === 'timeOfDay' && typeof value === 'number') return clockTime(value);
  if (field.meta.unit === 'ratio' && typeof value === 'number')
    return String(Number((value * 100).toFixed(4)));
  return String(value);
}

function fromInput(field: FieldView, text: string): unknown {
  if (field.kind === 'list')
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  if (field.kind === 'text') return text.trim() === '' ? null : text.trim();
  if (text.trim() === '') return field.kind === 'optional-number' ? null : Number.NaN;
  if (field.meta.unit === 'timeOfDay') {
    const [h, m] = text.split(':').map(Number);
    return (h ?? Number.NaN) * 60 + (m ?? 0);
  }
  const n = Number(text.replace(',', '.'));
  return field.meta.unit === 'ratio' ? n / 100 : n;
}

/** One setting: label, help, unit, inline validation message from the background. */
export function SettingField(props: {
  field: FieldView;
  value: unknown;
  error: string | undefined;
  onCommit: (value: unknown) => void;
}) {
  const { field } = props;
  const id = useId();
  const [text, setText] = useState(toInput(field, props.value));
  useEffect(() => setText(toInput(field, props.value)), [field, props.value]);
  const label = fieldLabel(field);
  const time = field.meta.unit === 'timeOfDay';
  const help = fieldHelp(field);
  const describedBy =
    [help ? `${id}-help` : '', props.error ? `${id}-error` : ''].join(' ').trim() || undefined;

  const commit = () => {
    // Shown in error and typed back to the saved value: commit anyway, so the error clears.
    if (text !== toInput(field, props.value) || props.error) props.onCommit(fromInput(field, text));
  };
  const control =
    field.kind === 'boolean' ? (
      <input
        id={id}
        type="checkbox"
        aria-describedby={describedBy}
        className="h-4 w-4 accent-brand-600"
        checked={props.value === true}
        onChange={(e) => props.onCommit(e.target.checked)}
      />
    ) : field.kind === 'choice' ? (
      <select
        id={id}
        value={String(props.value)}
        aria-describedby={describedBy}
        onChange={(e) =>
          props.onCommit(typeof props.value === 'number' ? Number(e.target.value) : e.target.value)
        }
        className="max-w-[min(18rem,calc(100vw-6rem))] rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {(field.meta.choices ?? []).map((c) => (
          <option key={c.value} value={c.value}>
            {choiceLabel(field, c.value)}
          </option>
        ))}
      </select>
    ) : field.kind === 'list' ? (
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        className="w-80 max-w-[calc(100vw-6rem)] rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
    ) : (
      <input
        id={id}
        type={field.kind === 'text' ? 'text' : time ? 'time' : 'number'}
        inputMode={field.kind === 'text' || time ? undefined : 'decimal'}
        step={field.meta.unit === 'ratio' ? 'any' : (field.meta.step ?? 'any')}
        value={text}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        placeholder={field.kind === 'optional-number' ? i18n.t('options.noLimit') : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        className={`tabular rounded-md border px-2 py-1 ${field.kind === 'text' ? 'w-80 max-w-[calc(100vw-6rem)] text-left' : 'w-28 text-right'} ${
          props.error ? 'border-loss bg-red-50' : 'border-slate-300'
        }`}
      />
    );

  return (
    <div className="border-t border-slate-100 py-2 first:border-t-0">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <label htmlFor={id} className="min-w-0 flex-1 basis-32">
          <span className="font-medium">{label}</span>
          {help && (
            <span id={`${id}-help`} className="block text-xs text-slate-600">
              {help}
            </span>
          )}
        </label>
        <span className="flex shrink-0 items-center gap-1">
          {control}
          <span aria-hidden="true" className="w-8 text-xs text-slate-600">
            {unitSuffix(field)}
          </span>
        </span>
      </div>
      {props.error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-right text-xs text-loss">
          {props.error}
        </p>
      )}
    </div>
  );
}
