import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { entryMethodRuns } from '../../../lib/core/backtest/entry-method-runs';
import type { FillModelSettings } from '../../../lib/core/backtest/fill-model';
import { DEFAULT_STRATEGY_PARAMS } from '../../../lib/core/rules/params';
import { useSettings } from '../../hooks/use-live-data';
import { BacktestEquity } from './BacktestEquity';
import { BreakdownTables } from './BreakdownTables';
import { useBacktestRunner } from './backtest-runner-context';
import { DatasetPanel } from './DatasetPanel';
import { EdgeVerdicts } from './EdgeVerdicts';
import { EntryMethodTable } from './EntryMethodTable';
import type { LoadedDataset } from './load-dataset';
import { OptimiserPanel } from './OptimiserPanel';
import { OptimiserResults } from './OptimiserResults';
import { DEFAULT_OPTIMISER_FORM, gridOf, type OptimiserForm, setCount, spaceOf } from './optimiser-form';
import { ReportTable } from './ReportTable';
import { RunProgress } from './RunProgress';
import { DEFAULT_BOOK_MODEL, fillModelOf, type StrategyChoice, StrategyForm } from './StrategyForm';
import { useBacktestWorker } from './use-backtest-worker';

/** The Backtest tab: dataset, strategies and parameters, a run in a Web Worker, reports, optimiser. */
export function BacktestView() {
  const settings = useSettings();
  const [loaded, setLoaded] = useState<LoadedDataset | null>(null);
  const [choice, setChoice] = useState<StrategyChoice>({
    strategies: ['balancing', 'momentum', 'mean_reversion'],
    params: { ...DEFAULT_STRATEGY_PARAMS },
    initialCash: 1_000,
    book: { ...DEFAULT_BOOK_MODEL },
    // As the CLI: by the books unless asked (the results of earlier runs stay comparable).
    entryMethod: 'books',
  });
  const [fromSettings, setFromSettings] = useState(false);
  // The dataset the shown report ran on (the user may load another one meanwhile).
  const [ranOn, setRanOn] = useState<LoadedDataset | null>(null);
  // The fill model the shown report ran with (the user may change the form meanwhile).
  const [ranWith, setRanWith] = useState<{ fill: FillModelSettings; maxSpread: number }>({
    fill: fillModelOf(DEFAULT_BOOK_MODEL),
    maxSpread: DEFAULT_STRATEGY_PARAMS.maxSpread,
  });
  const [form, setForm] = useState<OptimiserForm>(DEFAULT_OPTIMISER_FORM);
  const job = useBacktestWorker();
  const runner = useBacktestRunner();
  const running = job.state.status === 'running';

  useEffect(() => {
    if (!settings || fromSettings) return;
    setFromSettings(true);
    setChoice((c) => ({
      ...c,
      params: { ...settings.strategy },
      initialCash: settings.paper.startingBalanceUsd,
    }));
  }, [settings, fromSettings]);

  const runBacktest = () => {
    if (!loaded || choice.strategies.length === 0) return;
    const fill = fillModelOf(choice.book);
    setRanOn(loaded);
    setRanWith({ fill, maxSpread: choice.params.maxSpread });
    job.run(
      {
        kind: 'backtest',
        dataset: loaded.dataset,
        strategies: choice.strategies,
        params: choice.params,
        initialCash: choice.initialCash,
        fill,
        entryMethod: choice.entryMethod,
      },
      choice.strategies.length * entryMethodRuns(choice.entryMethod).length,
      'strategies',
    );
  };
  const runOptimiser = () => {
    if (!loaded) return;
    const search =
      form.mode === 'grid'
        ? { mode: 'grid' as const, grid: gridOf(form) }
        : { mode: 'random' as const, space: spaceOf(form), count: form.count, seed: 1 };
    job.run(
      {
        kind: 'optimise',
        dataset: loaded.dataset,
        strategy: form.strategy,
        params: choice.params,
        initialCash: choice.initialCash,
        search,
        objective: form.objective,
        folds: form.folds,
        fill: fillModelOf(choice.book),
      },
      setCount(form),
      'sets',
    );
  };
  const result = job.state.status === 'done' ? job.state.result : null;

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{i18n.t('backtest.intro')}</p>
      <DatasetPanel value={loaded} onChange={setLoaded} />
      <StrategyForm value={choice} onChange={setChoice} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          disabled={!loaded || running || choice.strategies.length === 0}
          onClick={runBacktest}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-50"
        >
          {i18n.t('backtest.run')}
        </button>
        <RunProgress state={job.state} onCancel={job.cancel} />
      </div>
      {result?.kind === 'backtest' && (
        <>
          <EdgeVerdicts
            reports={result.reports}
            baselines={result.baselines}
            fill={ranWith.fill}
            maxSpread={ranWith.maxSpread}
            data={ranOn ? runner.compiled(ranOn.dataset) : null}
          />
          <ReportTable reports={result.reports} />
          <EntryMethodTable reports={result.reports} />
          <BacktestEquity reports={result.reports} />
          <BreakdownTables reports={result.reports} />
        </>
      )}
      <OptimiserPanel form={form} onChange={setForm} onRun={runOptimiser} disabled={!loaded || running} />
      {result?.kind === 'optimise' && <OptimiserResults result={result} current={settings?.strategy} />}
    </div>
  );
}
