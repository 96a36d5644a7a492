import type { z } from 'zod';
import { type Settings, settingsSchema } from './schema';

export interface SettingsIssue {
  /** Dotted path of the field, e.g. "strategy.divergenceThreshold". */
  field: string;
  /** In English, naming the field and the allowed range. */
  message: string;
  /**
   * The kind of problem, for the options page's own words (namespace `settingsErrors`): 'range',
   * 'number', 'integer', 'boolean', 'choice', 'unknown_keys' or a rule's code ('band_order'…).
   * The page adds the field's label and bounds from the schema's metadata. Absent: English only.
   */
  code?: string;
  params?: Record<string, string | number>;
}

/** The machine form of a zod issue (see SettingsIssue.code), or undefined when there is none. */
function codeOf(issue: z.core.$ZodIssue): Pick<SettingsIssue, 'code' | 'params'> | undefined {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'array' && issue.code === 'too_big') {
        return { code: 'too_many', params: { count: Number(issue.maximum) } };
      }
      return issue.origin === 'number' ? { code: 'range', params: {} } : undefined;
    case 'invalid_type':
      if (issue.expected === 'number') return { code: 'number', params: {} };
      if (issue.expected === 'int') return { code: 'integer', params: {} };
      if (issue.expected === 'boolean') return { code: 'boolean', params: {} };
      return undefined;
    case 'invalid_value':
      return { code: 'choice', params: {} };
    case 'unrecognized_keys':
      return { code: 'unknown_keys', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const code = issue.params?.code;
      const schemes = issue.params?.schemes;
      if (typeof code !== 'string') return undefined;
      return { code, params: typeof schemes === 'string' ? { schemes } : {} };
    }
    default:
      return undefined;
  }
}

export type ParseSettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

function toIssues(error: z.ZodError): SettingsIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message:
      issue.code === 'unrecognized_keys'
        ? `Unknown setting${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`
        : issue.message,
    ...codeOf(issue),
  }));
}

/** Validate a complete settings object (missing fields take their defaults). */
export function parseSettings(input: unknown): ParseSettingsResult {
  const result = settingsSchema.safeParse(input);
  return result.success ? { ok: true, settings: result.data } : { ok: false, issues: toIssues(result.error) };
}

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
};

/** Apply a partial change to the current settings and validate the result as a whole. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): ParseSettingsResult {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const base = (current as Record<string, unknown>)[key];
    merged[key] =
      value !== null && typeof value === 'object' && !Array.isArray(value) && base && typeof base === 'object'
        ? { ...(base as object), ...(value as object) }
        : value;
  }
  return parseSettings(merged);
}
