import { i18n } from '#i18n';
import { clockTime } from '../../lib/settings/fields';
import type { SettingsIssue } from '../../lib/settings/parse-settings';
import { formatNumber, formatPercent } from '../ui/format';
import { uiLocale } from '../ui/locale';
import { optionalMessage as optional, uiText } from '../ui/ui-text';
import type { FieldView } from './settings-layout';

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
  timeOfDay: '',
};

export function unitSuffix(field: FieldView): string {
  if (!field.meta.unit) return '';
  if (field.meta.unit === 'days') return i18n.t('options.units.days');
  return units[field.meta.unit];
}

/** A bound of a field in the UI's locale and the field's unit ("1 %", "1 000 $", "3 650 jours"). */
export function boundText(field: FieldView, value: number, locale = uiLocale()): string {
  switch (field.meta.unit) {
    case 'ratio':
      return formatPercent(value, locale);
    case 'percent':
      return formatPercent(value / 100, locale);
    case 'usd':
      return value.toLocaleString(locale, {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 0,
      });
    case 'days':
      return `${formatNumber(value, locale)} ${i18n.t('options.units.days')}`;
    case 'timeOfDay':
      return clockTime(value);
    case 'hours':
    case 'minutes':
    case 'seconds':
      return `${formatNumber(value, locale)} ${units[field.meta.unit]}`;
    default:
      return formatNumber(value, locale);
  }
}

/**
 * A validation message in the UI's language: the issue's code with the field's translated label and
 * its bounds in the UI's locale; the background's English message when the code has no words here.
 */
export function issueText(field: FieldView, issue: SettingsIssue): string {
  if (!issue.code) return issue.message;
  const code = issue.code === 'number' && field.kind === 'optional-number' ? 'number_or_empty' : issue.code;
  const params: Record<string, string | number> = { ...issue.params, label: fieldLabel(field) };
  const { min, max, choices } = field.meta;
  if (min !== undefined) params.min = boundText(field, min);
  if (max !== undefined) params.max = boundText(field, max);
  if (choices) params.choices = choices.map((c) => choiceLabel(field, c.value)).join(', ');
  return uiText('settingsErrors', issue.message, { code, params });
}
