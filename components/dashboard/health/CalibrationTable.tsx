import { i18n } from '#i18n';
import { calibrationTable } from '../../../lib/core/calibration/calibration-table';
import { useScoreSamples } from '../../hooks/use-live-data';
import { formatCents, formatNumber, formatPercent } from '../../ui/format';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Did higher scores move more? Hit rate per score bucket, once outcomes are known. */
export function CalibrationTable() {
  const samples = useScoreSamples(5_000);
  const buckets = calibrationTable(samples);
  const settled = buckets.reduce((s, b) => s + b.settled, 0);
  return (
    <section aria-labelledby="calibration-heading" className="space-y-2" data-testid="calibration">
      <h2 id="calibration-heading" className="text-base font-semibold">
        {i18n.t('health.calibration')}
      </h2>
      <p className="text-xs text-slate-600">{i18n.t('health.calibrationHelp')}</p>
      {settled === 0 ? (
        <p className="text-sm text-slate-600">
          {i18n.t('health.calibrationEmpty', samples.length, { count: formatNumber(samples.length) })}
        </p>
      ) : (
        <ScrollRegion className="rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="tabular w-full border-collapse text-sm">
            <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="p-2">
                  {i18n.t('scanner.score')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {i18n.t('health.samples')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {i18n.t('health.settled')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {i18n.t('health.hitRate')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {i18n.t('health.meanMove')}
                </th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={`${b.from}-${b.to}`} className="border-t border-slate-100">
                  <td className="p-2 font-medium">{b.from === b.to ? b.from : `${b.from}–${b.to}`}</td>
                  <td className="p-2 text-right">{formatNumber(b.samples)}</td>
                  <td className="p-2 text-right">{formatNumber(b.settled)}</td>
                  <td className="p-2 text-right">{b.hitRate === null ? '—' : formatPercent(b.hitRate)}</td>
                  <td className="p-2 text-right">
                    {b.meanAbsMove === null ? '—' : formatCents(b.meanAbsMove)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
