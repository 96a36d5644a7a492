import { i18n } from '#i18n';
import type { PassLogRow } from '../../../lib/core/model/rows/pass-log';
import { formatDateTime, formatNumber } from '../../ui/format';
import { outcomeLabel, passLabel } from '../../ui/pass-label';
import { passErrorText, passSummaryText } from '../../ui/pass-text';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { StatusDot } from '../../ui/StatusDot';

/** Every background pass with its outcome, duration, request count and error in words. */
export function PassLogTable({ passes }: { passes: PassLogRow[] }) {
  return (
    <ScrollRegion className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{i18n.t('health.passLog')}</caption>
        <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="p-2">
              {i18n.t('health.pass')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('health.started')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('health.outcome')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('health.duration')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('health.requests')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('health.details')}
            </th>
          </tr>
        </thead>
        <tbody>
          {passes.map((p) => (
            <tr key={p.id} className="border-t border-slate-100">
              <td className="p-2 font-medium">{passLabel(p.pass)}</td>
              <td className="whitespace-nowrap p-2">{formatDateTime(p.startedAt)}</td>
              <td className="p-2">
                <span className="flex items-center gap-2">
                  <StatusDot outcome={p.outcome} /> {outcomeLabel(p.outcome)}
                </span>
              </td>
              <td className="p-2 text-right">
                {p.durationMs === null ? '—' : `${formatNumber(p.durationMs)} ms`}
              </td>
              <td className="p-2 text-right">{p.requestCount}</td>
              <td className={`p-2 ${p.error ? 'text-loss' : 'text-slate-700'}`}>
                {passErrorText(p) ?? passSummaryText(p) ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
