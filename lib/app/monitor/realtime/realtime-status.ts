import type { VenueId } from '../../../core/model/venue';
import type { StreamProblem } from '../../ports/venue-port';
import type { ReactionSummary } from './reaction-log';
import type { SnapshotCheck } from './snapshot-check';

/**
 * - idle: no open position, no socket (the worker may sleep);
 * - connecting / down: positions are open but the socket is not up: the 30 s alarm pass alone acts;
 * - verifying: the socket is up, its books are being checked against a REST snapshot;
 * - live: the socket's books are trusted and price events trigger decisions;
 * - stopped: stop() was called.
 */
export type RealtimeState = 'idle' | 'connecting' | 'down' | 'verifying' | 'live' | 'stopped';

/**
 * Why a venue's open positions are watched by the monitor pass alone: the venue has no socket here,
 * or its socket cannot come up for a reason the user can fix (venue-port.ts StreamProblem).
 */
export type RestOnlyReason = 'no_stream' | StreamProblem;

/** One venue's socket, for the venues with open positions. */
export interface VenueRealtimeStatus {
  venue: VenueId;
  state: RealtimeState;
  /** Set while this venue's positions are watched by the monitor pass alone, and why. */
  restOnly: RestOnlyReason | null;
  subscribedTokens: number;
  reconnects: number;
  connectedSince: number | null;
}

/**
 * What the Health view and the metrics show about the realtime monitor. The top-level fields add up
 * the venues' sockets (state: the least live of them, so nothing looks more live than it is); `venues`
 * tells each one apart.
 */
export interface RealtimeStatus {
  state: RealtimeState;
  /** The socket is open (trusted or not). */
  connected: boolean;
  /** Reconnections since start() (each one is followed by a REST check). */
  reconnects: number;
  /** Wall-clock time of the last market event received, null before the first. */
  lastMessageAt: number | null;
  /** Market events received since start(). */
  events: number;
  /** Start of the current connection (epoch ms), null when down. */
  connectedSince: number | null;
  /** Time connected since start(), and as a share of the time positions were open (0–1). */
  connectedMs: number;
  uptimeRatio: number | null;
  subscribedTokens: string[];
  snapshotChecks: number;
  snapshotMismatches: number;
  lastCheck: SnapshotCheck | null;
  reactions: ReactionSummary;
  /** Per venue with open positions, in the venues' order. */
  venues: VenueRealtimeStatus[];
  /** The monitor pass's cadence (what watches a venue without a live socket). */
  restEverySeconds: number;
}

const LEAST_LIVE_FIRST: readonly RealtimeState[] = ['down', 'connecting', 'verifying', 'live'];

/** The sockets' states as one: idle when none is wanted, else the least live of the wanted ones. */
export function combinedState(states: readonly RealtimeState[]): RealtimeState {
  return (
    LEAST_LIVE_FIRST.find((s) => states.includes(s)) ?? (states.includes('stopped') ? 'stopped' : 'idle')
  );
}
