import { z } from 'zod';

/**
 * Field builders for the settings schema. Each attaches display metadata (label, unit, help, bounds)
 * so the options form is driven by the schema, and each error message names the field and the
 * allowed range ("Divergence threshold must be between 1 % and 99 %.").
 */
export interface FieldMeta {
  label: string;
  help?: string;
  /** 'timeOfDay': stored as minutes after midnight, entered and shown as a time (22:00). */
  unit?:
    | 'usd'
    | 'ratio'
    | 'percent'
    | 'hours'
    | 'days'
    | 'minutes'
    | 'seconds'
    | 'score'
    | 'count'
    | 'timeOfDay';
  min?: number;
  max?: number;
  step?: number;
  /** Secret fields never leave the background in clear and are never stored unencrypted. */
  secret?: boolean;
  /** A choice field's values with their English labels, in display order. */
  choices?: readonly { value: string; label: string }[];
}

/** Minutes after midnight as a 24-hour time: 1320 → "22:00". */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function show(value: number, unit: FieldMeta['unit']): string {
  switch (unit) {
    case 'ratio':
      return `${Number((value * 100).toFixed(4))} %`;
    case 'percent':
      return `${value} %`;
    case 'usd':
      return `$${value.toLocaleString('en-US')}`;
    case 'hours':
      return `${value} h`;
    case 'days':
      return `${value} days`;
    case 'minutes':
      return `${value} min`;
    case 'seconds':
      return `${value} s`;
    case 'timeOfDay':
      return clockTime(value);
    default:
      return String(value);
  }
}

export function rangeMessage(meta: FieldMeta): string {
  return `${meta.label} must be between ${show(meta.min ?? 0, meta.unit)} and ${show(meta.max ?? 0, meta.unit)}.`;
}

/** A number within [min, max]; integer when `int` is set. */
export function num(meta: FieldMeta & { min: number; max: number }, defaultValue: number, int = false) {
  const error = rangeMessage(meta);
  let schema = z.number({ error: `${meta.label} must be a number.` });
  if (int) schema = schema.int({ error: `${meta.label} must be a whole number.` });
  return schema
    .min(meta.min, { error })
    .max(meta.max, { error })
    .default(defaultValue)
    .meta({ ...meta });
}

/** An optional cap: null means "no limit". */
export function optionalNum(meta: FieldMeta & { min: number; max: number }, defaultValue: number | null) {
  const error = rangeMessage(meta);
  return z
    .number({ error: `${meta.label} must be a number or empty.` })
    .min(meta.min, { error })
    .max(meta.max, { error })
    .nullable()
    .default(defaultValue)
    .meta({ ...meta });
}

/** One of a fixed list of values, shown as a drop-down. */
export function choice<const V extends readonly [string, ...string[]]>(
  meta: FieldMeta,
  values: V,
  labels: Readonly<Record<V[number], string>>,
  defaultValue: V[number],
) {
  const names = values.map((v) => labels[v as V[number]]).join(', ');
  return z
    .enum(values, { error: `${meta.label} must be one of: ${names}.` })
    .default(defaultValue as never)
    .meta({ ...meta, choices: values.map((value) => ({ value, label: labels[value as V[number]] })) });
}

export function bool(meta: FieldMeta, defaultValue: boolean) {
  return z
    .boolean({ error: `${meta.label} must be on or off.` })
    .default(defaultValue)
    .meta({ ...meta });
}

/** The only host a plain http:// or ws:// endpoint may name, and only in a test build. */
export const LOOPBACK_HOST = '127.0.0.1';

/**
 * An endpoint base URL without a trailing slash: `secure` is the protocol every build accepts
 * (https: or wss:); `insecure` (http: or ws:) is accepted only when `allowLoopback` (the test and
 * simulation builds) and only for 127.0.0.1.
 */
export function baseUrl(
  meta: FieldMeta,
  defaultValue: string,
  secure: 'https:' | 'wss:',
  insecure: 'http:' | 'ws:',
  allowLoopback: boolean,
) {
  const scheme = secure.replace(':', '');
  return z
    .string()
    .trim()
    .refine(
      (value) => {
        if (!URL.canParse(value)) return false;
        const url = new URL(value);
        if (url.protocol === secure) return url.hostname.length > 0;
        return allowLoopback && url.protocol === insecure && url.hostname === LOOPBACK_HOST;
      },
      { error: `${meta.label} must be a ${scheme} URL.`, params: { code: `url_${scheme}` } },
    )
    .transform((value) => value.replace(/\/+$/, ''))
    .default(defaultValue)
    .meta({ ...meta });
}

export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return z.globalRegistry.get(schema) as FieldMeta | undefined;
}
