import { useEffect, useState } from 'react';
import type { HealthMetrics } from '../../../lib/core/metrics/health-metrics';
import { request } from '../../../lib/messaging/client';
import { errorText } from '../../ui/ui-text';

export type HealthMetricsState =
  | { kind: 'loading' }
  | { kind: 'ready'; metrics: HealthMetrics }
  | { kind: 'unavailable'; reason: string };

/** The background's request/websocket/order metrics over the last hour, refreshed every 30 s. */
export function useHealthMetrics(): HealthMetricsState {
  const [state, setState] = useState<HealthMetricsState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      request('health.metrics', {})
        .then((metrics) => !cancelled && setState({ kind: 'ready', metrics }))
        .catch((e: unknown) => !cancelled && setState({ kind: 'unavailable', reason: errorText(e) }));
    void load();
    const id = setInterval(() => void load(), 30_000);
    return () => {
      cancelled = true;
      clearInterval(id);
    };
  }, []);
  return state;
}
