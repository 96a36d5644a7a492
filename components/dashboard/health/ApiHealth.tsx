import { i18n } from '#i18n';
import type { HealthMetrics } from '../../../lib/core/metrics/health-metrics';
import { formatNumber, formatPercent } from '../../ui/format';
import { Gauge } from '../../ui/Gauge';
import { ScrollRegion } from '../../ui/ScrollRegion';

const ms = (v: number | null) => (v === null ? '—' : `${formatNumber(v)} ms`);

function Table(props: { caption: string; head: string[]; rows: (string | number)[][]; testId: string }) {
  return (
    <ScrollRegion className="rounded-xl border border-slate-200 bg-white shadow-sm" testId={props.testId}>
      <table className="tabular w-full border-collapse text-sm">
        <caption className="px-3 pt-2 text-left text-sm font-semibold">{props.caption}</caption>
        <thead className="text-left text-xs uppercase text-slate-600">
          <tr>
            {props.head.map((h, i) => (
              <th key={h} scope="col" className={`p-2 ${i > 0 ? 'text-right' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={String(row[0])} className="border-t border-slate-100">
              {props.head.map((column, i) => (
                <td key={column} className={`p-2 ${i > 0 ? 'text-right' : 'font-medium'}`}>
                  {row[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Latency per host, error rates per endpoint, rate-limit headroom and websocket uptime (last hour). */
export function ApiHealth({ metrics }: { metrics: HealthMetrics }) {
  if (metrics.requestCount === 0) {
    return <p className="text-sm text-slate-600">{i18n.t('health.noRequests')}</p>;
  }
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Table
        testId="latency-by-host"
        caption={i18n.t('health.latencyByHost')}
        head={[i18n.t('health.host'), 'p50', 'p95', i18n.t('health.requests')]}
        rows={metrics.latencyByHost.map((r) => [r.key, ms(r.p50), ms(r.p95), formatNumber(r.count)])}
      />
      <Table
        testId="error-rates"
        caption={i18n.t('health.errorRates')}
        head={[
          i18n.t('health.endpoint'),
          i18n.t('health.requests'),
          i18n.t('health.errors'),
          i18n.t('health.rate'),
        ]}
        rows={metrics.errorRateByEndpoint.map((r) => [
          r.key,
          formatNumber(r.requests),
          formatNumber(r.errors),
          formatPercent(r.rate),
        ])}
      />
      <section
        className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
        aria-labelledby="headroom-heading"
      >
        <h3 id="headroom-heading" className="mb-2 text-sm font-semibold">
          {i18n.t('health.rateLimit')}
        </h3>
        {metrics.rateHeadroom.length === 0 ? (
          <p className="text-sm text-slate-600">{i18n.t('common.noData')}</p>
        ) : (
          <ul className="space-y-2 text-xs">
            {metrics.rateHeadroom.map((b) => (
              <li key={b.bucket}>
                <p
                  className={`tabular flex justify-between ${b.fraction >= 0.7 ? 'font-semibold text-warn' : ''}`}
                >
                  <span>{b.bucket}</span>
                  <span>
                    {i18n.t('health.used', {
                      used: formatNumber(b.used),
                      limit: formatNumber(b.limit),
                      share: formatPercent(b.fraction),
                    })}
                  </span>
                </p>
                <Gauge value={b.fraction} label={b.bucket} valueText={formatPercent(b.fraction)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section
        className="rounded-xl border border-slate-200 bg-white p-3 text-sm shadow-sm"
        aria-labelledby="ws-heading"
      >
        <h3 id="ws-heading" className="mb-2 font-semibold">
          {i18n.t('health.websocket')}
        </h3>
        <p className="tabular">
          {i18n.t('health.wsUptime', metrics.websocket.reconnects, {
            uptime: formatPercent(metrics.websocket.uptime),
            count: formatNumber(metrics.websocket.reconnects),
          })}
        </p>
        <p className="tabular mt-1">
          {i18n.t('health.orderErrors', metrics.orderErrorRate.denominator, {
            rate: metrics.orderErrorRate.rate === null ? '—' : formatPercent(metrics.orderErrorRate.rate),
            count: formatNumber(metrics.orderErrorRate.denominator),
          })}
        </p>
      </section>
    </div>
  );
}
