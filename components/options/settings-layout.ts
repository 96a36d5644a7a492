import type { z } from 'zod';
import { type FieldMeta, fieldMeta } from '../../lib/settings/fields';
import {
  endpointsSchema,
  limitsSchema,
  notificationsSchema,
  paperSchema,
  passesSchema,
  type SettingsGroup,
  strategySchema,
  walletSchema,
  whalesSchema,
} from '../../lib/settings/schema';

export interface FieldView {
  group: SettingsGroup;
  key: string;
  meta: FieldMeta;
  kind: 'number' | 'optional-number' | 'boolean' | 'text';
}

export interface GroupView {
  group: SettingsGroup;
  title: string;
  fields: FieldView[];
}

const groups: { group: SettingsGroup; title: string; shape: Record<string, z.ZodType> }[] = [
  { group: 'strategy', title: 'Strategy', shape: strategySchema.shape },
  { group: 'limits', title: 'Limits', shape: limitsSchema.shape },
  { group: 'passes', title: 'Passes', shape: passesSchema.shape },
  { group: 'whales', title: 'Whales', shape: whalesSchema.shape },
  { group: 'paper', title: 'Paper trading', shape: paperSchema.shape },
  { group: 'wallet', title: 'Wallet', shape: walletSchema.shape },
  { group: 'notifications', title: 'Notifications', shape: notificationsSchema.shape },
  { group: 'endpoints', title: 'Advanced endpoints', shape: endpointsSchema.shape },
];

function kindOf(schema: z.ZodType): FieldView['kind'] | undefined {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  if (def.type === 'default' || def.type === 'prefault' || def.type === 'pipe') {
    return def.innerType ? kindOf(def.innerType) : 'text';
  }
  if (def.type === 'nullable')
    return def.innerType && kindOf(def.innerType) === 'number' ? 'optional-number' : 'text';
  if (def.type === 'number') return 'number';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'string') return 'text';
  return undefined;
}

/** The options form, derived from the settings schema: every field with its label, unit and bounds. */
export function settingsLayout(): GroupView[] {
  return groups.map(({ group, title, shape }) => ({
    group,
    title,
    fields: Object.entries(shape).flatMap(([key, schema]) => {
      const meta = fieldMeta(schema);
      const kind = kindOf(schema);
      return meta && kind ? [{ group, key, meta, kind }] : [];
    }),
  }));
}
