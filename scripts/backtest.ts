import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { datasetToCsv } from '../lib/adapters/backtest/dataset-csv';
import { datasetToJson } from '../lib/adapters/backtest/dataset-json';
import type { OptimiseSearch } from '../lib/app/research/optimiser/backtest-job';
import { splitOptimise, workerCount } from '../lib/app/research/optimiser/split-optimise';
import { compileDataset } from '../lib/core/backtest/compiled-dataset';
import { runAssumptions } from '../lib/core/backtest/edge/assumptions';
import { runBaselines } from '../lib/core/backtest/edge/baselines';
import { noPositiveScore } from '../lib/core/backtest/edge/edge-ranking';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, runBacktest } from '../lib/core/backtest/engine';
import { entryMethodRuns, namesEntryMethod } from '../lib/core/backtest/entry-method-runs';
import { DEFAULT_FILL_MODEL } from '../lib/core/backtest/fill-model';
import type { OptimiseResult } from '../lib/core/backtest/optimiser';
import { gridCandidates, randomCandidates } from '../lib/core/backtest/param-space';
import { buildReport } from '../lib/core/backtest/report';
import { type WalkForwardResult, walkForward } from '../lib/core/backtest/walk-forward';
import { DEFAULT_STRATEGY_PARAMS } from '../lib/core/rules/params';
import { createStrategy } from '../lib/core/strategies/registry';
import { type CliArgs, parseCli, USAGE } from './backtest-args';
import { assumptionLines, baselineLines, edgeLine } from './backtest-edge-format';
import { entryMethodTable } from './backtest-entry-format';
import { exitTable, marketTable, optimiseTable, summaryTable, walkForwardTable } from './backtest-format';
import { addOptimisation, addPlainRun, addWalkForward, emptyJsonReport } from './backtest-json';
import { loadData } from './backtest-load';
import { createThreadPool } from './optimiser-threads';

/** The backtest CLI (lead: add `"backtest": "tsx scripts/backtest.ts"` to package.json). */
async function main(args: CliArgs): Promise<void> {
  const out = (text: string): void => {
    process.stdout.write(`${text}\n`);
  };
  if (args.help) {
    out(USAGE);
    return;
  }
  const dataset = loadData(args.data, (line) => process.stderr.write(`${line}\n`));
  if (args.exportJson) writeFileSync(args.exportJson, datasetToJson(dataset));
  if (args.exportCsv) {
    mkdirSync(args.exportCsv, { recursive: true });
    for (const [name, text] of Object.entries(datasetToCsv(dataset))) {
      if (text !== undefined) writeFileSync(join(args.exportCsv, `${name}.csv`), text);
    }
  }
  const data = compileDataset(dataset);
  const settings: EngineSettings = {
    ...DEFAULT_ENGINE_SETTINGS,
    initialCash: args.cash,
    fill: { ...DEFAULT_FILL_MODEL, syntheticSpread: args.spread, syntheticDepthShares: args.depth },
  };
  const searching = Object.keys(args.grid).length > 0 || args.random !== null;
  const mode = !searching ? 'compare' : args.walkForward !== null ? 'walk_forward' : 'optimise';
  const json = emptyJsonReport(data, mode);
  const base = DEFAULT_STRATEGY_PARAMS;
  const edge = { minTrades: args.minTrades };
  const inputs = { data, base, settings, edge };
  const reportWalkForward = (strategy: CliArgs['strategies'][number], result: WalkForwardResult): void => {
    if (args.json) addWalkForward(json, inputs, strategy, result, args.objective);
    else {
      out(`\n[${strategy}] walk-forward, objective ${args.objective}\n${walkForwardTable(result)}`);
      const inSample = result.folds.map((f) => ({ score: f.inSample ?? Number.NEGATIVE_INFINITY }));
      if (noPositiveScore(inSample)) out(noPositiveLine(args.objective, args.minTrades));
    }
  };
  if (!args.json) {
    out(`${dataset.markets.length} markets, ${data.time.length} price points`);
    const assumptions = runAssumptions(data, { book: 0, synthetic: 0 }, settings.fill);
    out(`${assumptionLines(assumptions, base.maxSpread).join('\n')}\n`);
  }
  if (!searching) {
    // Each balanced entry by the books, a split or the cheaper; "compare" runs books and split.
    const methods = entryMethodRuns(args.entryMethod);
    const runs = args.strategies.flatMap((s) => methods.map((entryMethod) => ({ s, entryMethod })));
    if (args.json) {
      for (const { s, entryMethod } of runs)
        addPlainRun(json, { ...inputs, settings: { ...settings, entryMethod } }, s);
      out(JSON.stringify(json, null, 2));
      return;
    }
    const results = runs.map(({ s, entryMethod }) =>
      runBacktest(data, createStrategy(s, base), { ...settings, entryMethod }),
    );
    const labelled = namesEntryMethod(args.entryMethod);
    const reports = results.map((result) => {
      const report = buildReport(result, edge);
      return labelled ? { ...report, strategy: `${report.strategy} (${result.ctf.entryMethod})` } : report;
    });
    reports.forEach((r, i) => {
      out(`[${r.strategy}] ${edgeLine(r.summary.edge)}`);
      const result = results[i];
      if (result) out(baselineLines(runBaselines(data, result, settings, edge)).join('\n'));
    });
    out(`\n${summaryTable(reports)}`);
    if (labelled) out(`\n${entryMethodTable(results)}`);
    for (const r of reports)
      out(`\n[${r.strategy}] exits\n${exitTable(r)}\n\n[${r.strategy}] markets\n${marketTable(r, args.top)}`);
    return;
  }
  const candidates =
    args.random !== null ? randomCandidates(args.space, args.random, args.seed) : gridCandidates(args.grid);
  for (const strategy of args.strategies) {
    const options = {
      strategy,
      base,
      settings,
      objective: args.objective,
      edge,
      onProgress: ({ done, total }: { done: number; total: number }) =>
        process.stderr.write(`\r${strategy}: ${done}/${total}`),
    };
    if (args.walkForward !== null && args.walkForward < 3) {
      // One or two windows: the core's walk-forward in this thread (the split driver needs ≥ 3).
      const result = walkForward(data, candidates, args.walkForward, options);
      process.stderr.write('\n');
      reportWalkForward(strategy, result);
      continue;
    }
    // The dashboard's optimiser driver (split, merge, walk-forward) over Node worker threads.
    const search: OptimiseSearch =
      args.random !== null
        ? { mode: 'random', space: args.space, count: args.random, seed: args.seed }
        : { mode: 'grid', grid: args.grid };
    const request = {
      strategy,
      params: DEFAULT_STRATEGY_PARAMS,
      initialCash: args.cash,
      search,
      objective: args.objective,
      folds: args.walkForward ?? 0,
      fill: settings.fill,
      edge,
    };
    const workers = args.workers ?? workerCount(availableParallelism(), candidates.length);
    const pool = createThreadPool();
    const split = await splitOptimise(
      request,
      data,
      Math.max(1, Math.floor(workers)),
      pool.run,
      (done, total) => options.onProgress({ done, total }),
      Number.MAX_SAFE_INTEGER,
    ).finally(() => pool.stop());
    if (split.walkForward !== null) {
      process.stderr.write('\n');
      reportWalkForward(strategy, split.walkForward);
    } else {
      const { ranked, runs, skipped, notes } = split;
      const result: OptimiseResult = {
        ranked,
        best: ranked[0] ?? null,
        runs,
        skipped,
        cancelled: false,
        notes,
      };
      process.stderr.write('\n');
      if (args.json) addOptimisation(json, inputs, strategy, result, args.objective, args.top);
      else {
        out(`\n[${strategy}] optimiser, objective ${args.objective}\n${optimiseTable(result, args.top)}`);
        if (noPositiveScore(result.ranked)) out(noPositiveLine(args.objective, args.minTrades));
      }
    }
  }
  if (args.json) out(JSON.stringify(json, null, 2));
}

function noPositiveLine(objective: string, minTrades: number): string {
  if (objective !== 'edgeLowerBound') return 'No parameter set has a positive score.';
  return `No parameter set has a positive lower bound: none shows an edge (runs under ${minTrades} trades are not rankable).`;
}

try {
  await main(parseCli(process.argv.slice(2)));
} catch (e) {
  console.error(`${(e as Error).message}\n\n${USAGE}`);
  process.exit(1);
}
