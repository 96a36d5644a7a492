import { i18n } from '#i18n';
import { useRecentPasses, useTrades } from '../../hooks/use-live-data';
import { EmptyState } from '../EmptyState';
import { HealthSummary } from './HealthSummary';
import { PassLogTable } from './PassLogTable';

/** Is anything wrong? Pass timings and failures, liquidation success, the pass log. */
export function HealthView() {
  const passes = useRecentPasses(500);
  const trades = useTrades();
  if (passes.length === 0) {
    return <EmptyState title={i18n.t('health.emptyTitle')}>{i18n.t('health.emptyBody')}</EmptyState>;
  }
  return (
    <div className="space-y-5">
      <HealthSummary passes={passes} trades={trades} />
      <section aria-labelledby="passlog-heading" className="space-y-2">
        <h2 id="passlog-heading" className="text-base font-semibold">
          {i18n.t('health.passLog')}
        </h2>
        <PassLogTable passes={passes.slice(0, 100)} />
      </section>
    </div>
  );
}
