import type { LogFields } from '../../log/log-entry';
import type { Clock, IdSource } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { Store } from '../ports/store-port';
import type { Venues } from '../ports/venue-port';

/** The part of lib/log's Logger the intelligence passes use. */
export interface IntelligenceLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
}

/** What every intelligence pass needs. */
export interface IntelligenceDeps {
  store: Store;
  /** The venues to scan, each with its reads and optional capabilities (venue-port.ts). */
  venues: Venues;
  clock: Clock;
  ids: IdSource;
  settings: () => Promise<Settings>;
  logger?: IntelligenceLogger;
}

/** A short, human reason from anything thrown (AppError messages are already written for people). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
