import { i18n } from '#i18n';
import { DEFAULT_MIN_TRADES } from '../../../lib/core/backtest/edge/edge-stats';
import { STRATEGY_NAMES, type StrategyName } from '../../../lib/core/strategies/registry';
import { Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { OBJECTIVES, OPTIMISED, type OptimiserForm, setCount } from './optimiser-form';

const FIELD = 'max-w-full rounded-md border border-slate-300 px-2 py-1 text-sm';

/** The optimiser's settings: strategy, grid or random search, objective, walk-forward windows, values. */
export function OptimiserPanel(props: {
  form: OptimiserForm;
  onChange: (form: OptimiserForm) => void;
  onRun: () => void;
  disabled: boolean;
}) {
  const { form } = props;
  const set = (patch: Partial<OptimiserForm>) => props.onChange({ ...form, ...patch });
  return (
    <Card title={i18n.t('backtest.optimiser.title')}>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="text-slate-700">{i18n.t('backtest.optimiser.strategy')}</span>
          <select
            className={FIELD}
            value={form.strategy}
            onChange={(e) => set({ strategy: e.target.value as StrategyName })}
          >
            {STRATEGY_NAMES.map((n) => (
              <option key={n} value={n}>
                {i18n.t(`backtest.strategies.${n}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="text-slate-700">{i18n.t('backtest.optimiser.mode')}</span>
          <select
            className={FIELD}
            value={form.mode}
            onChange={(e) => set({ mode: e.target.value === 'random' ? 'random' : 'grid' })}
          >
            <option value="grid">{i18n.t('backtest.optimiser.grid')}</option>
            <option value="random">{i18n.t('backtest.optimiser.random')}</option>
          </select>
        </label>
        {form.mode === 'random' && (
          <label className="flex min-w-0 max-w-full flex-col gap-1">
            <span className="text-slate-700">{i18n.t('backtest.optimiser.count')}</span>
            <input
              type="number"
              min={1}
              max={5000}
              className={`${FIELD} w-24`}
              value={form.count}
              onChange={(e) => set({ count: Math.max(1, Math.min(5000, Number(e.target.value) || 1)) })}
            />
          </label>
        )}
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="text-slate-700">{i18n.t('backtest.optimiser.objective')}</span>
          <select
            className={FIELD}
            value={form.objective}
            onChange={(e) =>
              set({ objective: OBJECTIVES.find((o) => o === e.target.value) ?? 'edgeLowerBound' })
            }
          >
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {i18n.t(`backtest.objectives.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col gap-1">
          <span className="text-slate-700">{i18n.t('backtest.optimiser.folds')}</span>
          <select
            className={FIELD}
            value={form.folds}
            onChange={(e) => set({ folds: Number(e.target.value) })}
          >
            <option value={0}>{i18n.t('backtest.optimiser.noWalkForward')}</option>
            {[3, 4, 5, 6].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      {form.objective === 'edgeLowerBound' && (
        <p className="mt-2 text-xs text-slate-600" data-testid="objective-hint">
          {i18n.t('edge.objectiveHint', { min: formatNumber(DEFAULT_MIN_TRADES) })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-4 text-sm">
        {OPTIMISED.map((k) => (
          <label key={k} className="flex flex-col gap-1">
            <span className="text-slate-700">
              {i18n.t('backtest.optimiser.values', { param: i18n.t(`backtest.params.${k}`) })}
            </span>
            <input
              className={`${FIELD} w-44 tabular-nums`}
              value={form.values[k]}
              onChange={(e) => set({ values: { ...form.values, [k]: e.target.value } })}
            />
          </label>
        ))}
        <button
          type="button"
          disabled={props.disabled || setCount(form) === 0}
          onClick={props.onRun}
          className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-500 disabled:opacity-50"
        >
          {i18n.t('backtest.optimiser.run')} ({formatNumber(setCount(form))})
        </button>
      </div>
    </Card>
  );
}
