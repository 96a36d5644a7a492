import type { Market } from '../model/market';
import type { Micros } from '../model/money';
import type { Position } from '../model/position';
import type { Decision, MarketState } from '../rules/decide';
import type { MarketBooks } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';
import type { EntryPlan, SizingInput, SizingResult } from '../rules/sizing';
import type { EntryScreen } from './entry-screen';
import type { PriceReference, SideSignal } from './single-side-entry';

/**
 * A trading strategy: ONE object that the backtester, the paper engine and the live engine all hand
 * their inputs to (the model is NautilusTrader's, whose backtest engine and live node run the same
 * strategy). It sees only core types — the domain market, both books, the market state, money and
 * the clock — and answers in data: whether and how to enter, and what to do with an open position.
 */
export interface DecisionContext {
  now: number;
  market: Market;
  books: MarketBooks;
  state: MarketState;
}

export interface EntryContext extends DecisionContext {
  /** Free collateral plus the exit value of open positions (computed on demand: it walks books). */
  bankroll(): Micros;
  freeCollateral: Micros;
  /**
   * Apply the scan's part too: the opportunity threshold on `score` and the eligibility rules. True
   * in the backtest, which has no scanner; false live, where the scan (or the user) chose the market.
   */
  screen: boolean;
  /** Latest recorded opportunity score, null when there is none. */
  score: number | null;
  /** Each side's first mark (the reference momentum-style rules measure moves from). */
  reference: PriceReference;
}

/** A sizing refusal (which rule, which side, the numbers). */
export type SizingRefusal = Extract<SizingResult, { ok: false }>;

export type EntryDecision =
  /** Buy the plan's legs (both for balancing, one for a single-side strategy). */
  | { kind: 'enter'; plan: EntryPlan; signal: SideSignal | null }
  /** The signal (if any) said buy, the sizing said no. */
  | { kind: 'refuse'; refusal: SizingRefusal; signal: SideSignal | null }
  /** Nothing to do: no signal yet, or (screening) not an opportunity. */
  | { kind: 'skip'; why: 'no_signal' | 'screened_out' };

export const NO_SIGNAL: EntryDecision = Object.freeze({ kind: 'skip', why: 'no_signal' });
export const SCREENED_OUT: EntryDecision = Object.freeze({ kind: 'skip', why: 'screened_out' });

/** The sizing inputs of an entry context (the sizers' SizingInput). */
export function sizingInput(ctx: EntryContext, params: StrategyParams): SizingInput {
  return {
    bankroll: ctx.bankroll(),
    freeCollateral: ctx.freeCollateral,
    books: ctx.books,
    feeRate: ctx.state.feeRate,
    params,
  };
}

export interface Strategy {
  readonly name: string;
  readonly description: string;
  readonly params: Readonly<StrategyParams>;
  /** For a market without a position: the entry signal and its sizing. */
  entry(ctx: EntryContext): EntryDecision;
  /**
   * Optional and pure, for screening runs (the backtest): given the run's markets once, a check the
   * engine asks before reading a flat market's books. False means entry() would enter nothing there
   * now, so the engine neither builds its books nor asks entry().
   */
  entryScreen?(markets: readonly Market[]): EntryScreen;
  /** For an open position this strategy opened: hold, liquidate, close or resolve. */
  exit(position: Position, ctx: DecisionContext): Decision;
}
