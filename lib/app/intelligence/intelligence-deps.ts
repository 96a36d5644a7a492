import type { LogFields } from '../../log/log-entry';
import type { Clock, IdSource } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { PolymarketClients, PolymarketEndpoints } from '../ports/polymarket-reads';
import type { Store } from '../ports/store-port';

/** The read clients, or a provider that builds them for the endpoints in the settings. */
export type ClientsSource = PolymarketClients | ((endpoints: PolymarketEndpoints) => PolymarketClients);

/** The part of lib/log's Logger the intelligence passes use. */
export interface IntelligenceLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
}

/** What every intelligence pass needs. */
export interface IntelligenceDeps {
  store: Store;
  clients: ClientsSource;
  clock: Clock;
  ids: IdSource;
  settings: () => Promise<Settings>;
  logger?: IntelligenceLogger;
}

export function resolveClients(source: ClientsSource, settings: Settings): PolymarketClients {
  return typeof source === 'function' ? source(settings.endpoints) : source;
}

/** A short, human reason from anything thrown (AppError messages are already written for people). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
