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

/** What the Health view and the metrics show about the realtime monitor. */
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
}
