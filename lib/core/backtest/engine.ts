import type { MethodChoice } from '../ctf/entry-decision';
import { type FeeRate, NO_FEE } from '../model/fees';
import { type Micros, toMicros } from '../model/money';
import { emptyBook } from '../model/order-book';
import { type MarketState, recheckAfter } from '../rules/decide';
import type { EntryContext, Strategy } from '../strategies/strategy';
import type { CompiledDataset, MarketInfo } from './compiled-dataset';
import { marketFee } from './dataset';
import {
  type BookProvider,
  createBookProvider,
  DEFAULT_FILL_MODEL,
  type FillModelSettings,
} from './fill-model';
import { marketRecord } from './market-record';
import type { BacktestCtfCounts } from './pair-ops';
import { Portfolio } from './portfolio';
import { createDatasetView, type DatasetView } from './sanitised-view';
import type { BacktestTrade, EquityPoint, ExitEvent, FillCounts } from './trade-ledger';

export interface EngineSettings {
  /** Starting collateral, USD. */
  initialCash: number;
  fill: FillModelSettings;
  /** How often the equity curve is sampled (positions valued at exit prices). */
  equityIntervalMs: number;
  /**
   * Balanced entries by the books (default), by a split of pUSD into pairs, or the cheaper (auto);
   * split and auto runs also merge the pairs on a close when that returns more (pair-ops.ts).
   */
  entryMethod?: MethodChoice;
  /** Optional window [from, to) in epoch ms (walk-forward); the whole dataset by default. */
  from?: number;
  to?: number;
}

export const DEFAULT_ENGINE_SETTINGS: Readonly<EngineSettings> = Object.freeze({
  initialCash: 1_000,
  fill: DEFAULT_FILL_MODEL,
  equityIntervalMs: 3_600_000,
});

export interface BacktestResult {
  strategy: string;
  params: Strategy['params'];
  initialCash: Micros;
  finalEquity: Micros;
  start: number;
  end: number;
  trades: BacktestTrade[];
  exits: ExitEvent[];
  equity: EquityPoint[];
  fills: FillCounts;
  rejectedOrders: number;
  /** Time with at least one position open, ms. */
  exposureMs: number;
  pricePoints: number;
  markets: readonly MarketInfo[];
  /** Splits and merges of the run and their gas (zeros when it entered by the books). */
  ctf: BacktestCtfCounts;
}

function placeholderBooks(): EntryContext['books'] {
  return { yes: emptyBook(''), no: emptyBook('') };
}

/**
 * Replays a dataset chronologically through a strategy (style.md §3: the strategy decides in data,
 * the portfolio applies). At each timestamp the view updates prices first, then every touched market
 * is evaluated in ascending order: an open position gets the strategy's exit decision (the core's
 * decidePosition for the shipped strategies), a flat market may be entered. Pure and deterministic.
 */
export function runBacktestOnView(
  view: DatasetView,
  strategy: Strategy,
  settings: EngineSettings,
): BacktestResult {
  const { markets } = view;
  const initialCash = toMicros(settings.initialCash);
  const portfolio = new Portfolio(initialCash, markets, strategy.name, settings.entryMethod);
  const provider: BookProvider = createBookProvider(view, settings.fill);
  // The strategy sees the core's market type, as live: each dataset market as a domain record.
  const records = markets.map(marketRecord);
  const entered = new Uint8Array(markets.length);
  const maxPositions = strategy.params.maxPositions;
  const equity: EquityPoint[] = [];
  const state: MarketState = { closed: false, resolvedOutcome: null, feeRate: NO_FEE };
  const reference: EntryContext['reference'] = { yes: null, no: null };
  const bankroll = (): Micros => {
    let total = portfolio.cash;
    // Index order, stopping after the last open position.
    for (let m = 0, seen = 0; seen < portfolio.openCount && m < markets.length; m++) {
      if (portfolio.open[m] === null) continue;
      seen++;
      const sourced = provider.books(m);
      if (sourced) total += portfolio.heldValue(m, sourced);
    }
    return total;
  };
  const ctx: EntryContext = {
    now: 0,
    market: records[0] as EntryContext['market'],
    books: placeholderBooks(),
    state,
    bankroll,
    freeCollateral: 0,
    screen: true, // no scanner in a backtest: the strategy applies the scan's rules itself
    score: null,
    reference,
  };
  let start = Number.NaN;
  let exposureMs = 0;
  let previous = Number.NaN;
  let nextSample = -Infinity;

  // Per-market facts that never change during a run, computed once.
  const fees = markets.map(marketFee);
  const hasScores = view.hasScores;
  const screen = strategy.entryScreen?.(records);

  const evaluate = (m: number, now: number): void => {
    const position = portfolio.open[m] ?? null;
    const resolution = view.resolution(m);
    if (position === null) {
      // A flat market is entered at most once, never once resolved, only with a free slot and cash.
      if (entered[m] === 1 || resolution !== null || portfolio.openCount >= maxPositions) return;
      if (portfolio.cash <= 0) return;
      // Screening (no scanner here): a market the strategy turns away before its books is not built.
      if (screen && !screen(m, now, hasScores ? view.score(m) : null)) return;
    }
    const sourced = provider.books(m);
    if (sourced === null) return;
    state.closed = resolution !== null;
    state.resolvedOutcome = resolution === null ? null : resolution.outcome;
    state.feeRate = fees[m] as FeeRate;
    ctx.now = now;
    ctx.market = records[m] as EntryContext['market'];
    ctx.books = sourced.books;
    ctx.freeCollateral = portfolio.cash;
    ctx.score = hasScores ? view.score(m) : null;
    const firstYes = view.firstPrice(2 * m);
    const firstNo = view.firstPrice(2 * m + 1);
    reference.yes = firstYes >= 0 ? firstYes : null;
    reference.no = firstNo >= 0 ? firstNo : null;
    if (position !== null) {
      const decision = strategy.exit(position, ctx);
      portfolio.apply(m, decision, sourced, now);
      // After a liquidation the winner is decided on again at once, as the live monitors do.
      const after = portfolio.open[m];
      if (recheckAfter(decision, after)) portfolio.apply(m, strategy.exit(after, ctx), sourced, now);
      return;
    }
    const signal = strategy.entry(ctx);
    if (signal.kind === 'enter' && portfolio.enter(m, signal.plan, sourced, now)) entered[m] = 1;
  };

  const entryOrder = new Int32Array(markets.length);
  const byScore = (x: number, y: number): number => (view.score(y) ?? 0) - (view.score(x) ?? 0) || x - y;

  const sampleEquity = (now: number): void => {
    equity.push({ t: now, equity: bankroll() });
  };

  while (view.advance()) {
    const now = view.now;
    if (Number.isNaN(start)) start = now;
    if (portfolio.openCount > 0 && !Number.isNaN(previous)) exposureMs += now - previous;
    previous = now;
    const touched = view.touched;
    const count = view.touchedCount;
    // Open positions first (index order), then flat markets best recorded score first, as the
    // auto-entry takes opportunities (ties and score-less datasets: index order).
    // A flat market already traded once or resolved is never entered: it is not even queued.
    let flat = 0;
    for (let i = 0; i < count; i++) {
      const m = touched[i] as number;
      if (portfolio.open[m] !== null) evaluate(m, now);
      else if (entered[m] === 0 && view.resolution(m) === null) entryOrder[flat++] = m;
    }
    // Entries only take slots and cash: without either now, no flat market can be entered this time.
    if (flat > 0 && portfolio.openCount < maxPositions && portfolio.cash > 0) {
      if (flat > 1 && hasScores) entryOrder.subarray(0, flat).sort(byScore);
      for (let i = 0; i < flat; i++) evaluate(entryOrder[i] as number, now);
    }
    if (now >= nextSample) {
      sampleEquity(now);
      nextSample = now + settings.equityIntervalMs;
    }
  }
  const end = Number.isNaN(previous) ? 0 : previous;
  for (let m = 0; m < markets.length; m++) {
    if (portfolio.open[m] !== null) portfolio.closeAtEnd(m, provider.books(m), end);
  }
  if (!Number.isNaN(previous)) sampleEquity(end);
  return {
    strategy: strategy.name,
    params: strategy.params,
    initialCash,
    finalEquity: portfolio.cash,
    start: Number.isNaN(start) ? 0 : start,
    end,
    trades: portfolio.trades,
    exits: portfolio.exits,
    equity,
    fills: portfolio.fills,
    rejectedOrders: portfolio.rejectedOrders,
    exposureMs,
    pricePoints: view.pointsSeen,
    markets,
    ctf: portfolio.ctf,
  };
}

/** Run one strategy over a compiled dataset (or the settings' window of it). */
export function runBacktest(
  data: CompiledDataset,
  strategy: Strategy,
  settings: EngineSettings,
): BacktestResult {
  const view = createDatasetView(data, settings.from ?? -Infinity, settings.to ?? Infinity);
  return runBacktestOnView(view, strategy, settings);
}
