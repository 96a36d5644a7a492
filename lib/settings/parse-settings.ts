import type { z } from 'zod';
import { type Settings, settingsSchema } from './schema';

export interface SettingsIssue {
  /** Dotted path of the field, e.g. "strategy.divergenceThreshold". */
  field: string;
  message: string;
}

export type ParseSettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

function toIssues(error: z.ZodError): SettingsIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message:
      issue.code === 'unrecognized_keys'
        ? `Unknown setting${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`
        : issue.message,
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
