import { i18n } from '#i18n';
import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import { formatNumber, formatPercent } from '../../ui/format';
import { uiText } from '../../ui/ui-text';
import { factorRawText } from './factor-raw';

const factorKeys = ['liquidity', 'volatility', 'whales', 'news'] as const;

/** Why a market scored what it did: every factor's raw value, normalised value, weight, missing flag. */
export function ScoreExplanation({ row }: { row: OpportunityRow }) {
  const totalWeight = factorKeys.reduce((s, k) => s + row.factors[k].weight, 0);
  const weighted = factorKeys.reduce((s, k) => s + row.factors[k].weight * row.factors[k].normalised, 0);
  const mean = totalWeight > 0 ? weighted / totalWeight : 0;
  return (
    <div data-testid="score-explanation">
      <h3 className="mb-1 text-sm font-semibold">{i18n.t('scanner.why', { score: String(row.score) })}</h3>
      <table className="tabular w-full max-w-xl text-xs">
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 text-left font-medium">
              {i18n.t('scanner.factor')}
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              {i18n.t('scanner.raw')}
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              {i18n.t('scanner.normalised')}
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              {i18n.t('scanner.weight')}
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              {i18n.t('scanner.contribution')}
            </th>
          </tr>
        </thead>
        <tbody>
          {factorKeys.map((k) => {
            const f = row.factors[k];
            return (
              <tr key={k} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-medium">
                  {i18n.t(`factors.${k}`)}
                  {f.missing && (
                    <span className="ml-2 rounded bg-amber-100 px-1 text-[11px] font-semibold text-amber-900">
                      {f.note ? uiText('factorNotes', f.note, f.noteText) : i18n.t('scanner.missing')}
                    </span>
                  )}
                </th>
                <td className="py-1 pl-3 text-right">{factorRawText(k, f.raw)}</td>
                <td className="py-1 pl-3 text-right">{formatNumber(f.normalised, undefined, 2)}</td>
                <td className="py-1 pl-3 text-right">{formatNumber(f.weight, undefined, 2)}</td>
                <td className="py-1 pl-3 text-right">
                  {totalWeight > 0 ? formatPercent((f.weight * f.normalised) / totalWeight) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="tabular mt-1 text-xs text-slate-700">
        {i18n.t('scanner.formula', {
          mean: formatNumber(mean, undefined, 3),
          score: String(row.score),
        })}
      </p>
      {row.missing.length > 0 && (
        <p className="mt-1 text-xs text-amber-900">{i18n.t('scanner.missingNote')}</p>
      )}
    </div>
  );
}
