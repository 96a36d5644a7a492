import { i18n } from '#i18n';
import type { JobResult } from '../../../lib/app/research/optimiser/backtest-job';
import type { Settings } from '../../../lib/settings/schema';
import { Card } from '../../ui/Card';
import { edgePercent, verdictTone, verdictWord } from '../../ui/edge-text';
import { formatDate, formatNumber } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';
import { ApplyBest } from './ApplyBest';
import { foldWarning } from './fold-warning';
import { describeParams } from './param-label';
import { pct, ratio, tone } from './report-format';

type Optimised = Extract<JobResult, { kind: 'optimise' }>;
const TH = 'py-1 pr-4 font-medium';

function scoreText(objective: Optimised['objective'], score: number): string {
  if (objective === 'edgeLowerBound')
    return Number.isFinite(score) ? edgePercent(score, uiLocale()) : i18n.t('edge.notRanked');
  if (objective === 'totalReturn') return pct(score, true);
  return ratio(Number.isFinite(score) ? score : null);
}

/** The ranked sets (in-sample, with the warning), the walk-forward folds, and "Apply best parameters". */
export function OptimiserResults(props: { result: Optimised; current: Settings['strategy'] | undefined }) {
  const { result } = props;
  const best = result.ranked[0];
  // Whatever the ranking, say so when no set proves an edge (a positive lower bound).
  const show = (v: number | null) => (v === null ? '—' : scoreText(result.objective, v));
  const noPositive = !result.ranked.some((c) => (c.summary.edgeLowerBound ?? 0) > 0);
  return (
    <Card title={i18n.t('backtest.optimiser.ranked')}>
      <p role="note" className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
        {i18n.t('backtest.optimiser.inSampleWarning')}
      </p>
      <table className="w-full text-sm tabular-nums">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className={TH}>
              {i18n.t('backtest.optimiser.rank')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.optimiser.changes')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.optimiser.score')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('edge.column')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.report.totalReturn')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.report.trades')}
            </th>
            <th scope="col" className={TH}>
              {i18n.t('backtest.report.maxDrawdown')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.ranked.map((c, i) => (
            <tr key={c.index} className="border-b border-slate-100">
              <td className="py-1 pr-4">{i + 1}</td>
              <td className="py-1 pr-4">{describeParams(c.set)}</td>
              <td className="py-1 pr-4">{scoreText(result.objective, c.score)}</td>
              <td className={`py-1 pr-4 ${verdictTone(c.summary.edge)}`}>
                {verdictWord(c.summary.edge, optionalMessage, uiLocale())}
              </td>
              <td className={`py-1 pr-4 ${tone(c.summary.totalReturn)}`}>
                {pct(c.summary.totalReturn, true)}
              </td>
              <td className="py-1 pr-4">{formatNumber(c.summary.trades)}</td>
              <td className="py-1 pr-4">{pct(c.summary.maxDrawdown)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {noPositive && result.ranked.length > 0 && (
        <p data-testid="no-positive" className="mt-2 text-sm font-semibold text-amber-800">
          {i18n.t('edge.noPositive')}
        </p>
      )}
      {result.notes.length > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          {i18n.t('backtest.optimiser.notes')}: {result.notes.join(' · ')}
        </p>
      )}
      {result.walkForward && (
        <>
          <h3 className="mt-4 mb-1 text-sm font-semibold">{i18n.t('backtest.optimiser.walkForward')}</h3>
          <table className="w-full text-sm tabular-nums">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.train')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.test')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('edge.status')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.changes')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.inSample')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.outOfSample')}
                </th>
                <th scope="col" className={TH}>
                  {i18n.t('backtest.optimiser.warning')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.walkForward.folds.map((f) => (
                <tr key={f.train.from} className="border-b border-slate-100" data-testid="fold-row">
                  <td className="py-1 pr-4">
                    {formatDate(f.train.from)} – {formatDate(f.train.to)}
                  </td>
                  <td className="py-1 pr-4">
                    {formatDate(f.test.from)} – {formatDate(f.test.to)}
                  </td>
                  <td className="py-1 pr-4" data-testid="fold-status">
                    {i18n.t(`edge.foldStatus.${f.status}`)}
                  </td>
                  <td className="py-1 pr-4">{f.best ? describeParams(f.best) : '—'}</td>
                  <td className="py-1 pr-4">{show(f.inSample)}</td>
                  <td className="py-1 pr-4">{show(f.outOfSample)}</td>
                  <td className="py-1 pr-4 text-amber-700">{foldWarning(f, show)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {best && (
        <ApplyBest
          best={best.set}
          edge={best.summary.edge}
          noPositive={noPositive}
          strategy={props.result.strategy}
          current={props.current}
        />
      )}
    </Card>
  );
}
