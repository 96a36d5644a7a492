import { parseArgs } from 'node:util';
import { DEFAULT_MIN_TRADES } from '../lib/core/backtest/edge/edge-stats';
import type { EntryMethodOption } from '../lib/core/backtest/entry-method-runs';
import { DEFAULT_FILL_MODEL } from '../lib/core/backtest/fill-model';
import type { Objective } from '../lib/core/backtest/optimiser';
import {
  isTunableParam,
  type ParamGrid,
  type ParamValue,
  type RandomSpace,
} from '../lib/core/backtest/param-space';
import { isStrategyName, type StrategyName } from '../lib/core/strategies/registry';

export interface CliArgs {
  /** `--help`: print USAGE and exit 0 (nothing else is read). */
  help: boolean;
  /** `--data` values (repeated, or comma-separated lists): files or directories, merged into one dataset. */
  data: string[];
  strategies: StrategyName[];
  grid: ParamGrid;
  space: RandomSpace;
  random: number | null;
  seed: number;
  walkForward: number | null;
  objective: Objective;
  /** The edge verdict's floor: fewer trades is inconclusive and not rankable. */
  minTrades: number;
  cash: number;
  spread: number;
  depth: number;
  json: boolean;
  top: number;
  exportJson: string | null;
  exportCsv: string | null;
  /** Worker threads for the optimiser; null: min(cores, 4, sets). */
  workers: number | null;
  /** Balanced entries by the books (default), split, auto, or compare (books and split side by side). */
  entryMethod: EntryMethodArg;
}

export type EntryMethodArg = EntryMethodOption;
const ENTRY_METHOD_ARGS: readonly EntryMethodArg[] = ['books', 'split', 'auto', 'compare'];

export const OBJECTIVES: readonly Objective[] = [
  'edgeLowerBound',
  'totalReturn',
  'sharpe',
  'sortino',
  'profitFactor',
];

export const USAGE = `Usage: npm run backtest -- --data FILE|DIR [--data FILE…] [options]
  --data F[,F…]             repeatable: JSON datasets, markets.csv / books.csv / scores.csv tables,
                            trade tapes and price series (CSV), or a directory of them, merged into
                            one dataset; what each file contributed and what is missing go to stderr
  --strategy NAME[,NAME]    balancing (default), momentum, mean_reversion; several = side by side
  --grid k=v1,v2 [k=…]      grid search; a value min:max:step expands to a range
  --random N --seed S       seeded random search over the --grid dimensions (lists or min:max[:step])
  --walk-forward K          split the period into K windows: optimise on k, report on k+1
  --objective NAME          edgeLowerBound (default: lower bound of the 95 % CI of the mean return
                            per trade, not rankable under --min-trades), totalReturn, sharpe,
                            sortino, profitFactor
  --min-trades N            below N trades the edge verdict is inconclusive, not rankable (30)
  --cash USD                starting cash (1000)
  --spread P                book model on price-only data (fills are modelled, not observed): the
                            quoted spread as a price, rounded up to whole ticks (0.03 = 3¢, the
                            live bot's default maxSpread: the widest spread it would still trade)
  --depth SHARES            book model: shares per level, 10 levels one tick apart (200: a thin book)
  --entry-method M          balanced entries by the books (default), split (mint YES+NO pairs at $1
                            + modelled gas; closes merge the pairs when that pays more), auto (the
                            cheaper each time), or compare (books and split side by side)
  --json                    print ONE JSON document (format in tests/fixtures/backtest/README.md)
  --top N                   rows in ranked tables and optimiser points in --json (10)
  --workers N               optimiser worker threads (min(cores, 4, sets)), split as the dashboard splits
  --export-json FILE / --export-csv DIR   write the loaded dataset in the other formats
  --help                    this text`;

const HELP_ONLY: Readonly<CliArgs> = Object.freeze({
  help: true,
  data: [],
  strategies: [],
  grid: {},
  space: {},
  random: null,
  seed: 1,
  walkForward: null,
  objective: 'edgeLowerBound',
  minTrades: 0,
  cash: 0,
  spread: 0,
  depth: 0,
  json: false,
  top: 0,
  exportJson: null,
  exportCsv: null,
  entryMethod: 'books',
  workers: null,
});

function count(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number ≥ 0, got "${raw}"`);
  return n;
}

/** A book-model option in [min, max]. */
function bookModel(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    throw new Error(`${name} needs a number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function value(raw: string): ParamValue {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`not a number or boolean: "${raw}"`);
  return n;
}

function parseDimension(key: string, raw: string, grid: ParamGrid, space: RandomSpace): void {
  if (!isTunableParam(key)) throw new Error(`unknown parameter "${key}"`);
  const range = /^(-?[\d.]+):(-?[\d.]+)(?::([\d.]+))?$/.exec(raw);
  if (range) {
    const [min, max, step] = [Number(range[1]), Number(range[2]), range[3] ? Number(range[3]) : undefined];
    space[key] = step ? { min, max, step } : { min, max };
    const s = step ?? (max - min) / 4;
    grid[key] = Array.from({ length: Math.floor((max - min) / s + 1e-9) + 1 }, (_, i) =>
      Number((min + i * s).toFixed(10)),
    );
    return;
  }
  const values = raw.split(',').map(value);
  grid[key] = values;
  space[key] = values;
}

export function parseCli(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      data: { type: 'string', multiple: true },
      strategy: { type: 'string', default: 'balancing' },
      grid: { type: 'string', multiple: true },
      random: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'walk-forward': { type: 'string' },
      objective: { type: 'string', default: 'edgeLowerBound' },
      'min-trades': { type: 'string', default: String(DEFAULT_MIN_TRADES) },
      cash: { type: 'string', default: '1000' },
      spread: { type: 'string', default: String(DEFAULT_FILL_MODEL.syntheticSpread) },
      depth: { type: 'string', default: String(DEFAULT_FILL_MODEL.syntheticDepthShares) },
      json: { type: 'boolean', default: false },
      top: { type: 'string', default: '10' },
      'export-json': { type: 'string' },
      'export-csv': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      workers: { type: 'string' },
      'entry-method': { type: 'string', default: 'books' },
    },
  });
  if (values.help) return { ...HELP_ONLY };
  if (!values.data || values.data.length === 0) throw new Error('--data is required');
  const strategies = values.strategy.split(',').map((s) => {
    if (!isStrategyName(s)) throw new Error(`unknown strategy "${s}"`);
    return s;
  });
  const grid: ParamGrid = {};
  const space: RandomSpace = {};
  // `--grid a=1,2 b=3` : the tokens after --grid that look like k=v arrive as positionals.
  for (const token of [...(values.grid ?? []), ...positionals]) {
    const [key, raw] = token.split('=');
    if (!key || raw === undefined) throw new Error(`expected k=v1,v2 after --grid, got "${token}"`);
    parseDimension(key, raw, grid, space);
  }
  if (values.random && Object.keys(space).length === 0)
    throw new Error('--random needs dimensions: --grid k=min:max[:step] or k=v1,v2');
  const objective = OBJECTIVES.find((o) => o === values.objective);
  if (objective === undefined) throw new Error(`unknown objective "${values.objective}"`);
  const entryMethod = ENTRY_METHOD_ARGS.find((m) => m === values['entry-method']);
  if (entryMethod === undefined) throw new Error(`unknown entry method "${values['entry-method']}"`);
  return {
    help: false,
    data: values.data,
    strategies,
    grid,
    space,
    random: values.random ? Number(values.random) : null,
    seed: Number(values.seed),
    walkForward: values['walk-forward'] ? Number(values['walk-forward']) : null,
    objective,
    minTrades: count('--min-trades', values['min-trades']),
    cash: Number(values.cash),
    spread: bookModel('--spread', values.spread, 0, 0.5),
    depth: bookModel('--depth', values.depth, 1, 1e9),
    json: values.json,
    top: Number(values.top),
    exportJson: values['export-json'] ?? null,
    exportCsv: values['export-csv'] ?? null,
    workers: values.workers ? Number(values.workers) : null,
    entryMethod,
  };
}
