import { z } from 'zod';

/**
 * The backtest CLI's machine-readable output (`--json`): ONE document, whatever the number of
 * strategies, grid points or walk-forward folds. Money in USD decimals, returns as fractions
 * (−0.12 = −12 %), times epoch ms. Documented in tests/fixtures/backtest/README.md.
 */
export const JSON_REPORT_FORMAT = 'polymarket-equilibrage-backtest-report';

const time = z.number().int().nonnegative();
const fraction = z.number();
/** Scores and in-/out-of-sample figures: null when undefined (no trade, below the trade floor). */
const score = z.number().nullable();
const timeWindow = z.object({ from: time, to: time });
const paramSet = z.record(z.string(), z.union([z.number(), z.boolean()]));

export const jsonTradeSchema = z.object({
  marketId: z.string(),
  enteredAt: time,
  exitedAt: time,
  exitReason: z.enum(['take_profit', 'stop_loss', 'resolution', 'end_of_data']),
  /** USD, every fee included. */
  pnl: z.number(),
  /** pnl / capital. */
  return: fraction,
  capital: z.number().nonnegative(),
  /** `book`: every fill of the trade walked a recorded order book; `modelled`: at least one did not. */
  fills: z.enum(['book', 'modelled']),
});

export const jsonSummarySchema = z.object({
  trades: z.number().int().nonnegative(),
  totalPnl: z.number(),
  totalReturn: fraction,
  winRate: fraction.nullable(),
  maxDrawdown: fraction,
  feesPaid: z.number().nonnegative(),
  /** Mean per-trade return; null without a trade. */
  meanTradeReturn: fraction.nullable(),
  /** Seeded bootstrap 95 % interval of that mean, [low, high]; null without a trade. */
  ci95: z.tuple([fraction, fraction]).nullable(),
  verdict: z.enum(['positive', 'negative', 'inconclusive']),
  verdictReason: z.enum(['too_few_trades', 'ci_spans_zero']).nullable(),
  /** Below this many trades the verdict is inconclusive and the run is not rankable. */
  minTrades: z.number().int().nonnegative(),
  /** The lower bound of ci95, null below minTrades (the default ranking measure). */
  edgeLowerBound: score,
  fills: z.object({ book: z.number().int().nonnegative(), synthetic: z.number().int().nonnegative() }),
});

const dataRule = z.enum(['spread', 'depth', 'liquidity', 'volume', 'score_threshold']);

export const jsonAssumptionsSchema = z.object({
  /** `recorded`: every fill on a recorded book; `modelled`: every fill on the synthetic book. */
  bookModel: z.enum(['recorded', 'modelled', 'mixed']),
  /** The book model's quoted spread (the setting rounded up to whole ticks); null when unused. */
  spread: z.number().nonnegative().nullable(),
  spreadSetting: z.number().nonnegative().nullable(),
  /** Shares per synthetic level; null when unused. */
  depth: z.number().nonnegative().nullable(),
  notChecked: z.array(dataRule),
  partlyChecked: z.array(dataRule),
});

/**
 * What the run is measured against, on the same markets: `holdBoth` buys YES and NO with the same
 * capital at each of the run's entries (same books, fill model and fees) and holds to resolution;
 * `noTrade` is doing nothing (0).
 */
export const jsonBaselinesSchema = z.object({
  holdBoth: z.object({
    trades: z.number().int().nonnegative(),
    totalPnl: z.number(),
    meanTradeReturn: fraction.nullable(),
    ci95: z.tuple([fraction, fraction]).nullable(),
    verdict: z.enum(['positive', 'negative', 'inconclusive']),
    verdictReason: z.enum(['too_few_trades', 'ci_spans_zero']).nullable(),
    minTrades: z.number().int().nonnegative(),
    /** Entries of the run the baseline could not make (the book could not fill a leg). */
    skipped: z.number().int().nonnegative(),
    /** Baseline positions whose market had not resolved by the end of the data (sold there). */
    unresolved: z.number().int().nonnegative(),
  }),
  noTrade: z.object({ trades: z.literal(0), totalPnl: z.literal(0), meanTradeReturn: z.literal(0) }),
});

export const jsonStrategyRunSchema = z.object({
  strategy: z.string(),
  /** Every strategy parameter of the run. */
  params: z.record(z.string(), z.unknown()),
  /** The grid or random point (optimiser), the elected one (walk-forward); null for a plain run. */
  set: paramSet.nullable(),
  /** The window the run covered (walk-forward test window); null for the whole dataset. */
  window: timeWindow.nullable(),
  /** 1-based rank in the optimiser, null otherwise. */
  rank: z.number().int().positive().nullable(),
  /** The optimiser's score of the point, null when not rankable or not an optimiser run. */
  score,
  summary: jsonSummarySchema,
  assumptions: jsonAssumptionsSchema,
  baselines: jsonBaselinesSchema,
  trades: z.array(jsonTradeSchema),
});

export const jsonOptimiserSchema = z.object({
  strategy: z.string(),
  objective: z.string(),
  runs: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  notes: z.array(z.string()),
  /** True when no point has a positive score (lower-bound measure: no proven edge anywhere). */
  noPositiveScore: z.boolean(),
});

export const jsonFoldSchema = z.object({
  train: timeWindow,
  test: timeWindow,
  status: z.enum(['ok', 'no_data', 'not_rankable', 'no_candidate']),
  best: paramSet.nullable(),
  inSample: score,
  outOfSample: score,
  warning: z.string().nullable(),
});

export const jsonWalkForwardSchema = z.object({
  strategy: z.string(),
  objective: z.string(),
  notes: z.array(z.string()),
  folds: z.array(jsonFoldSchema),
});

export const jsonReportSchema = z.object({
  format: z.literal(JSON_REPORT_FORMAT),
  version: z.literal(1),
  mode: z.enum(['compare', 'optimise', 'walk_forward']),
  dataset: z.object({ markets: z.number().int().nonnegative(), pricePoints: z.number().int().nonnegative() }),
  strategies: z.array(jsonStrategyRunSchema),
  optimiser: z.array(jsonOptimiserSchema),
  walkForward: z.array(jsonWalkForwardSchema),
  /**
   * Issue 18 (`--entry-method`): how each plain run entered — books, split or auto — with its
   * splits, merges and modelled gas; `run` is the index of that run in `strategies`. Absent in
   * reports made before it.
   */
  entryMethods: z
    .array(
      z.object({
        run: z.number().int().nonnegative(),
        strategy: z.string(),
        entryMethod: z.enum(['books', 'split', 'auto']),
        splits: z.number().int().nonnegative(),
        merges: z.number().int().nonnegative(),
        gasUsd: z.number().nonnegative(),
      }),
    )
    .optional(),
});

export type JsonTrade = z.infer<typeof jsonTradeSchema>;
export type JsonStrategyRun = z.infer<typeof jsonStrategyRunSchema>;
export type JsonBaselines = z.infer<typeof jsonBaselinesSchema>;
export type JsonFold = z.infer<typeof jsonFoldSchema>;
export type JsonReport = z.infer<typeof jsonReportSchema>;
