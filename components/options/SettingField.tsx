import { useEffect, useId, useState } from 'react';
import type { FieldView } from './settings-layout';

const unitSuffix: Partial<Record<NonNullable<FieldView['meta']['unit']>, string>> = {
  usd: '$',
  percent: '%',
  ratio: '%',
  hours: 'h',
  days: 'days',
  minutes: 'min',
  seconds: 's',
};

/** Ratios are edited as percentages (0.3 → "30"). */
function toInput(field: FieldView, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.meta.unit === 'ratio' && typeof value === 'number')
    return String(Number((value * 100).toFixed(4)));
  return String(value);
}

function fromInput(field: FieldView, text: string): unknown {
  if (field.kind === 'text') return text.trim() === '' && field.key === 'funderAddress' ? null : text;
  if (text.trim() === '') return field.kind === 'optional-number' ? null : Number.NaN;
  const n = Number(text);
  return field.meta.unit === 'ratio' ? n / 100 : n;
}

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

  if (field.kind === 'boolean') {
    return (
      <label className="flex items-center justify-between gap-3 py-1.5 text-sm">
        <span>{field.meta.label}</span>
        <input
          type="checkbox"
          className="h-4 w-4 accent-brand-600"
          checked={props.value === true}
          onChange={(e) => props.onCommit(e.target.checked)}
        />
      </label>
    );
  }
  return (
    <div className="py-1.5">
      <label htmlFor={id} className="flex items-center justify-between gap-3 text-sm">
        <span>{field.meta.label}</span>
        <span className="flex items-center gap-1">
          <input
            id={id}
            type={field.kind === 'text' ? 'text' : 'number'}
            inputMode={field.kind === 'text' ? undefined : 'decimal'}
            value={text}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={props.error ? `${id}-error` : undefined}
            placeholder={field.kind === 'optional-number' ? 'no limit' : undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => {
              if (text !== toInput(field, props.value)) props.onCommit(fromInput(field, text));
            }}
            className={`tabular rounded-md border px-2 py-1 text-right ${
              field.kind === 'text' ? 'w-80 text-left' : 'w-28'
            } ${props.error ? 'border-loss bg-red-50' : 'border-slate-300'}`}
          />
          <span aria-hidden="true" className="w-8 text-xs text-slate-500">
            {field.meta.unit ? (unitSuffix[field.meta.unit] ?? '') : ''}
          </span>
        </span>
      </label>
      {props.error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-right text-xs text-loss">
          {props.error}
        </p>
      )}
    </div>
  );
}
