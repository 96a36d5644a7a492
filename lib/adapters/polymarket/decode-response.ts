import type { z } from 'zod';
import { temporaryError } from '../../errors/app-error';
import { describeIssues } from './schemas/wire-primitives';

/**
 * Validate a response body against its schema; an untrusted payload becomes a temporary AppError
 * ('invalid_payload', with the first issues in details) so the pass is skipped, never half-applied.
 */
export function decodeResponse<S extends z.ZodType>(schema: S, raw: unknown, endpoint: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw temporaryError(`Polymarket sent a payload we cannot trust (${endpoint}).`, {
    code: 'invalid_payload',
    details: { endpoint, issues: describeIssues(parsed.error) },
  });
}
