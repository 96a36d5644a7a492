import { i18n } from '#i18n';
import { useRecentPasses, useTrades } from '../../hooks/use-live-data';
import { EmptyState } from '../EmptyState';
import { ApiHealth } from './ApiHealth';
import { CalibrationTable } from './CalibrationTable';
import { HealthSummary } from './HealthSummary';
import { LogsPanel } from './LogsPanel';
import { PassLogTable } from './PassLogTable';
import { RealtimePanel } from './RealtimePanel';
import { useHealthMetrics } from './use-health-metrics';

/** Is anything wrong? Pass timings and failures, API health, liquidation success, calibration, pass log. */
export function HealthView() {
  const passes = useRecentPasses(500);
  const trades = useTrades();
  const metrics = useHealthMetrics();
  return (
    <div className="space-y-6">
      {passes.length === 0 ? (
        <EmptyState title={i18n.t('health.emptyTitle')}>{i18n.t('health.emptyBody')}</EmptyState>
      ) : (
        <HealthSummary passes={passes} trades={trades} />
      )}
      <section aria-labelledby="api-heading" className="space-y-2">
        <h2 id="api-heading" className="text-base font-semibold">
          {i18n.t('health.api')}
        </h2>
        {metrics.kind === 'loading' && <p className="text-sm text-slate-600">{i18n.t('common.loading')}</p>}
        {metrics.kind === 'unavailable' && (
          <p className="text-sm text-slate-600">
            {i18n.t('health.metricsUnavailable', { reason: metrics.reason })}
          </p>
        )}
        {metrics.kind === 'ready' && <ApiHealth metrics={metrics.metrics} />}
      </section>
      <RealtimePanel />
      <CalibrationTable />
      {passes.length > 0 && (
        <section aria-labelledby="passlog-heading" className="space-y-2">
          <h2 id="passlog-heading" className="text-base font-semibold">
            {i18n.t('health.passLog')}
          </h2>
          <PassLogTable passes={passes.slice(0, 100)} />
        </section>
      )}
      <LogsPanel />
    </div>
  );
}
