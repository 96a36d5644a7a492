import type { MarketWsStatus } from '../polymarket/market-ws';
import type { MetricEventsRepository } from './repositories/metric-events-repository';
import type { MetricEventRow } from './schema/metric-events';

/**
 * Turns the market websocket's status changes into `metricEvents` rows: `open` → ws_up;
 * `reconnecting` → ws_down (when it was up) + ws_reconnect; `closed` → ws_down (when it was up).
 * Pass it as `handlers.onStatus`. Writes are rare (one per change), so they are not batched.
 */
export function wsEventsRecorder(
  repository: MetricEventsRepository,
  clock: { now(): number },
  onError: (error: unknown) => void = () => undefined,
): (status: MarketWsStatus) => void {
  let up = false;
  const add = (kind: MetricEventRow['kind']) => {
    repository.add({ at: clock.now(), kind, detail: null }).catch(onError);
  };
  return (status) => {
    if (status === 'open' && !up) {
      up = true;
      add('ws_up');
    } else if (status === 'reconnecting' || status === 'closed') {
      if (up) add('ws_down');
      up = false;
      if (status === 'reconnecting') add('ws_reconnect');
    }
  };
}
