import { z } from 'zod';
import type { Reaction } from '../app/monitor/realtime/reaction-log';
import type { RealtimeStatus } from '../app/monitor/realtime/realtime-status';
import type { VenueCheck } from '../app/ports/venue-diagnostics-port';
import { message } from './define-message';

/**
 * One check of one venue (venue-diagnostics-port.ts): Polymarket's gamma, clob and data APIs;
 * Kalshi's REST API, API key and location attestation. `detail` says in words what came back
 * ("12 markets listed", "Rate limited (429)"); `text`, when present, is the coded result the page
 * words in the user's language.
 */
export type EndpointCheck = VenueCheck;

/** Diagnostics the options page can run: privileged because they spend the rate budget. */
export const diagnosticsProtocol = {
  /** Each enabled venue's checks (Kalshi only while turned on). */
  'endpoints.check': message<EndpointCheck[]>()(true, z.object({}).strict()),
  /** The websocket monitor: connection state, uptime, subscriptions and recent reaction times. */
  'realtime.status': message<RealtimeStatus & { recent: Reaction[] }>()(true, z.object({}).strict()),
} as const;

/** The names of the diagnostics messages. */
export type DiagnosticsMessage = keyof typeof diagnosticsProtocol;
