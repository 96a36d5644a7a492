/** A websocket lifecycle event, as recorded by the market websocket adapter. */
export interface WsEvent {
  at: number;
  kind: 'ws_up' | 'ws_down' | 'ws_reconnect';
}

export interface WsUptime {
  /** Connected time / window length, 0–1. */
  uptime: number;
  connectedMs: number;
  reconnects: number;
  disconnects: number;
}

/**
 * Uptime of the socket over [from, to]: connected between an `ws_up` and the next `ws_down`.
 * `upAtStart` says whether it was connected at `from` (the last event before the window).
 */
export function wsUptime(events: readonly WsEvent[], from: number, to: number, upAtStart = false): WsUptime {
  const inWindow = events.filter((e) => e.at >= from && e.at <= to).sort((a, b) => a.at - b.at);
  let up = upAtStart;
  let since = from;
  let connectedMs = 0;
  for (const event of inWindow) {
    if (event.kind === 'ws_up' && !up) {
      up = true;
      since = event.at;
    } else if (event.kind === 'ws_down' && up) {
      connectedMs += event.at - since;
      up = false;
    }
  }
  if (up) connectedMs += to - since;
  const span = to - from;
  return {
    uptime: span > 0 ? connectedMs / span : 0,
    connectedMs,
    reconnects: inWindow.filter((e) => e.kind === 'ws_reconnect').length,
    disconnects: inWindow.filter((e) => e.kind === 'ws_down').length,
  };
}

/** Whether the socket was up at `at`, from the last event before it. */
export function wsUpAt(events: readonly WsEvent[], at: number): boolean {
  let last: WsEvent | undefined;
  for (const e of events) if (e.at < at && e.kind !== 'ws_reconnect' && (!last || e.at >= last.at)) last = e;
  return last?.kind === 'ws_up';
}
