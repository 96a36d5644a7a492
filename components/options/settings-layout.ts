import type { z } from 'zod';
import { capitalSchema } from '../../lib/settings/capital-schema';
import { crossVenueSettingsSchema } from '../../lib/settings/cross-venue-settings';
import { type FieldMeta, fieldMeta } from '../../lib/settings/fields';
import { kalshiSettingsSchema } from '../../lib/settings/kalshi-settings';
import {
  endpointsSchema,
  limitsSchema,
  newsSchema,
  notificationsSchema,
  paperSchema,
  passesSchema,
  type Settings,
  type SettingsGroup,
  strategySchema,
  walletSchema,
  whalesSchema,
} from '../../lib/settings/schema';

export interface FieldView {
  group: SettingsGroup;
  /** Dotted path inside the group: "maxSlippage", "weights.liquidity". */
  key: string;
  meta: FieldMeta;
  kind: 'number' | 'optional-number' | 'boolean' | 'text' | 'list' | 'choice';
}

export interface GroupView {
  group: SettingsGroup;
  fields: FieldView[];
}

const groups: { group: SettingsGroup; shape: Record<string, z.ZodType> }[] = [
  { group: 'strategy', shape: strategySchema.shape },
  { group: 'limits', shape: limitsSchema.shape },
  { group: 'passes', shape: passesSchema.shape },
  { group: 'wallet', shape: walletSchema.shape },
  { group: 'whales', shape: whalesSchema.shape },
  { group: 'news', shape: newsSchema.shape },
  { group: 'paper', shape: paperSchema.shape },
  { group: 'capital', shape: capitalSchema.shape },
  { group: 'notifications', shape: notificationsSchema.shape },
  { group: 'endpoints', shape: endpointsSchema.shape },
  { group: 'kalshi', shape: kalshiSettingsSchema.shape },
  { group: 'crossVenue', shape: crossVenueSettingsSchema.shape },
];

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  schema?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  const def = schema.def as Def;
  if (['default', 'prefault', 'optional'].includes(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

function kindOf(schema: z.ZodType): FieldView['kind'] | undefined {
  const def = schema.def as Def;
  if (['default', 'prefault', 'optional'].includes(def.type))
    return def.innerType ? kindOf(def.innerType) : 'text';
  if (def.type === 'pipe') return def.in ? kindOf(def.in) : 'text';
  if (def.type === 'nullable') {
    const inner = def.innerType ? kindOf(def.innerType) : 'text';
    return inner === 'number' ? 'optional-number' : 'text';
  }
  if (def.type === 'number') return 'number';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'string') return 'text';
  if (def.type === 'array') return 'list';
  if (def.type === 'enum') return 'choice';
  return undefined;
}

function fields(group: SettingsGroup, shape: Record<string, z.ZodType>, prefix = ''): FieldView[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const inner = unwrap(schema);
    const innerDef = inner.def as Def;
    if (innerDef.type === 'object' && innerDef.shape)
      return fields(group, innerDef.shape, `${prefix}${key}.`);
    const meta = fieldMeta(schema);
    // A number with named choices (the account kind) is a drop-down, not a number box.
    const kind = meta?.choices && kindOf(schema) === 'number' ? 'choice' : kindOf(schema);
    return meta && kind ? [{ group, key: `${prefix}${key}`, meta, kind }] : [];
  });
}

/** The options form, derived from the settings schema: every field with its label, unit and bounds. */
export function settingsLayout(): GroupView[] {
  return groups.map(({ group, shape }) => ({ group, fields: fields(group, shape) }));
}

/** A field's current value. */
export function readField(settings: Settings, field: FieldView): unknown {
  let value: unknown = settings[field.group];
  for (const part of field.key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** The settings patch that sets one field (a nested object is sent whole: patches merge one level). */
export function patchFor(settings: Settings, field: FieldView, value: unknown): Record<string, unknown> {
  const [head, ...rest] = field.key.split('.');
  if (!head) return {};
  if (rest.length === 0) return { [field.group]: { [head]: value } };
  const current = (settings[field.group] as Record<string, unknown>)[head] as Record<string, unknown>;
  return { [field.group]: { [head]: { ...current, [rest.join('.')]: value } } };
}
