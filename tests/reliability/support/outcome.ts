import { isAppError } from '../../../lib/errors/app-error';

export type Outcome = { kind: 'value'; value: unknown } | { kind: 'rejected'; reason: string };

/**
 * Runs a client call: a value, or a rejection that MUST be an AppError with a message a person can
 * read. Anything else thrown (TypeError, RangeError, ZodError…) is re-thrown and fails the test.
 */
export async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: 'value', value: await call() };
  } catch (error) {
    if (isAppError(error) && error.message.trim() !== '') return { kind: 'rejected', reason: error.message };
    throw error;
  }
}
