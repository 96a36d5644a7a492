import type { SerializedError } from '../errors/app-error';

/** The wire format of an answer: data, or an error a person can read. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: SerializedError };
