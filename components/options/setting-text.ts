import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { FieldView } from './settings-layout';

/** A message that may exist only in some locales ('' when absent everywhere, without a warning). */
function optional(key: string): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string) => string | undefined;
    return getMessage(key.replaceAll('.', '_')) ?? '';
  } catch {
    return '';
  }
}

const slug = (field: FieldView) => `settingsFields.${field.group}.${field.key.replace('.', '_')}`;

/** A field's label in the UI language; the schema's English label when no translation exists. */
export function fieldLabel(field: FieldView): string {
  return optional(slug(field)) || field.meta.label;
}

/** A field's help text in the UI language, or the schema's; '' when there is none. */
export function fieldHelp(field: FieldView): string {
  return optional(`${slug(field)}_help`) || field.meta.help || '';
}

/** A choice's label in the UI language; the schema's English label otherwise. */
export function choiceLabel(field: FieldView, value: string): string {
  const english = field.meta.choices?.find((c) => c.value === value)?.label ?? value;
  return optional(`${slug(field)}_${value}`) || english;
}

const units: Record<NonNullable<FieldView['meta']['unit']>, string> = {
  usd: '$',
  percent: '%',
  ratio: '%',
  hours: 'h',
  days: 'd',
  minutes: 'min',
  seconds: 's',
  score: '',
  count: '',
};

export function unitSuffix(field: FieldView): string {
  if (!field.meta.unit) return '';
  if (field.meta.unit === 'days') return i18n.t('options.units.days');
  return units[field.meta.unit];
}
