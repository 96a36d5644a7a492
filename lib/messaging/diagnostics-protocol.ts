import { z } from 'zod';
import type { Reaction } from '../app/monitor/realtime/reaction-log';
import type { RealtimeStatus } from '../app/monitor/realtime/realtime-status';
import { message } from './define-message';

export interface EndpointCheck {
  name: 'gamma' | 'clob' | 'data';
  url: string;
  ok: boolean;
  latencyMs: number | null;
  /** What was checked and what came back, in words ("12 markets listed", "Rate limited (429)"). */
  detail: string;
}

/** Diagnostics the options page can run: privileged because they spend the rate budget. */
export const diagnosticsProtocol = {
  'endpoints.check': message<EndpointCheck[]>()(true, z.object({}).strict()),
  /** The websocket monitor: connection state, uptime, subscriptions and recent reaction times. */
  'realtime.status': message<RealtimeStatus & { recent: Reaction[] }>()(true, z.object({}).strict()),
} as const;

/** The names of the diagnostics messages. */
export type DiagnosticsMessage = keyof typeof diagnosticsProtocol;
