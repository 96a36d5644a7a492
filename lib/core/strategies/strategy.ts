import type { MarketInfo } from '../backtest/compiled-dataset';
import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import type { Position } from '../model/position';
import type { Decision, MarketState } from '../rules/decide';
import type { MarketBooks } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import type { PriceReference } from './single-side-entry';

/**
 * A trading strategy the backtester runs (the live engine shares its entry signals, sizing and exit rules). It sees exactly
 * the inputs the live monitor sees: the market, both books, the market state (closed / resolved as
 * far as known now), money, and the clock. It returns decisions as data; the engine applies them.
 */
export interface StrategyContext {
  now: number;
  market: MarketInfo;
  books: MarketBooks;
  state: MarketState;
  /** Free collateral plus the exit value of open positions (computed on demand: it walks books). */
  bankroll(): Micros;
  freeCollateral: Micros;
  /** Latest recorded opportunity score, null when the dataset has none. */
  score: number | null;
  /** First mark price of each side seen by this run (the reference for momentum-style rules). */
  reference: PriceReference;
}

/** A marketable fill-or-kill BUY: spend `budget` collateral (fee included) paying at most `limitPrice`. */
export interface EntryLeg {
  side: OutcomeSide;
  budget: Micros;
  limitPrice: Micros;
}

export type EntrySignal = { kind: 'enter'; legs: EntryLeg[]; note: string } | { kind: 'skip' };

export const SKIP: EntrySignal = Object.freeze({ kind: 'skip' });

/** One run of a strategy over one dataset: it may keep per-market memory between calls. */
export interface StrategyRun {
  /** For a market without a position: enter or skip. */
  entry(ctx: StrategyContext): EntrySignal;
  /** For an open position: the core decision (hold, liquidate, close, resolve). */
  exit(position: Position, ctx: StrategyContext): Decision;
}

export interface Strategy {
  readonly name: string;
  readonly description: string;
  readonly params: Readonly<StrategyParams>;
  start(markets: readonly MarketInfo[]): StrategyRun;
}
