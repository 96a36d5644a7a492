import { spread } from '../model/book-stats';
import { formatCents, formatPercent } from '../model/display';
import { type Micros, roundToStep, toMicros } from '../model/money';
import { OUTCOME_SIDES, type OutcomeSide } from '../model/outcome-side';
import { markPrice } from '../model/prices';
import type { MarketBooks } from '../rules/eligibility';
import { planLeg, positionCapital, type SizingInput, type SizingResult } from '../rules/sizing';
import type { SingleSideKind } from './strategy-names';

/** Each side's mark when the strategy first saw the market: what a move is measured from. */
export interface PriceReference {
  yes: Micros | null;
  no: Micros | null;
}

/** A side that moved by the threshold from its reference, in the direction the strategy trades. */
export interface SideSignal {
  side: OutcomeSide;
  /** Relative move of the mark from the reference, signed (+0.34 = rose 34 %). */
  move: number;
  mark: Micros;
  reference: Micros;
}

/** Never buy a side priced outside [5¢, 95¢]: too little left to win, or a long shot. */
export const SINGLE_SIDE_MIN_PRICE: Micros = 50_000;
export const SINGLE_SIDE_MAX_PRICE: Micros = 950_000;
const CENT: Micros = 10_000;
const EPSILON = 1e-12;

function relativeMove(mark: Micros | null, reference: Micros | null): number | null {
  return mark === null || reference === null || reference <= 0 ? null : (mark - reference) / reference;
}

/**
 * The side a single-side strategy buys now, or null: momentum takes the side whose mark ROSE by at
 * least `threshold` from its reference, mean reversion the side that FELL by at least `threshold`;
 * the largest such move wins (YES on a tie). Cheap and allocation-free on the no-signal path: the
 * backtester calls it at every price point.
 */
export function pickSingleSide(
  kind: SingleSideKind,
  books: MarketBooks,
  reference: PriceReference,
  threshold: number,
): SideSignal | null {
  let best: SideSignal | null = null;
  for (const side of OUTCOME_SIDES) {
    const mark = markPrice(books[side]);
    const ref = reference[side];
    const move = relativeMove(mark, ref);
    if (move === null || mark === null || ref === null) continue;
    if (mark < SINGLE_SIDE_MIN_PRICE || mark > SINGLE_SIDE_MAX_PRICE) continue;
    const signed = kind === 'momentum' ? move : -move;
    if (signed >= threshold - EPSILON && (best === null || signed > Math.abs(best.move))) {
      best = { side, move, mark, reference: ref };
    }
  }
  return best;
}

/** How far a watched market is from a single-side signal: the side moving most the strategy's way. */
export interface WatchProgress {
  side: OutcomeSide;
  /** Relative move of that side's mark from its reference, signed (+0.12 = rose 12 %). */
  move: number;
  /** The move in the strategy's direction over the threshold: 1 or more means the signal fires. */
  progress: number;
}

/**
 * For the watch list: which side is closest to triggering (momentum: the biggest rise; mean
 * reversion: the biggest fall) and how far along it is, from marks alone. Null without prices.
 */
export function watchProgress(
  kind: SingleSideKind,
  marks: PriceReference,
  reference: PriceReference,
  threshold: number,
): WatchProgress | null {
  let best: WatchProgress | null = null;
  for (const side of OUTCOME_SIDES) {
    const move = relativeMove(marks[side], reference[side]);
    if (move === null) continue;
    const progress = Math.max(0, kind === 'momentum' ? move : -move) / threshold;
    if (best === null || progress > best.progress) best = { side, move, progress };
  }
  return best;
}

/** Words for "no signal yet", with both sides' moves, for the entry preview and auto-entry log. */
export function describeWaiting(
  kind: SingleSideKind,
  books: MarketBooks,
  reference: PriceReference,
  threshold: number,
): string {
  const verb = kind === 'momentum' ? 'rise' : 'fall';
  const parts = OUTCOME_SIDES.map((side) => {
    const mark = markPrice(books[side]);
    const ref = reference[side];
    const move = relativeMove(mark, ref);
    if (mark === null || ref === null || move === null) return `${side.toUpperCase()} has no price`;
    const sign = move >= 0 ? '+' : '−';
    return `${side.toUpperCase()} ${formatCents(ref)} → ${formatCents(mark)} (${sign}${formatPercent(Math.abs(move))})`;
  });
  return `Waiting for YES or NO to ${verb} ${formatPercent(threshold)} from the price first seen: ${parts.join(', ')}.`;
}

/** Words for a signal: "YES rose 32% from 50¢ to 66¢: buy YES only". */
export function describeTrigger(signal: SideSignal): string {
  const label = signal.side.toUpperCase();
  const direction = signal.move >= 0 ? 'rose' : 'fell';
  return (
    `${label} ${direction} ${formatPercent(Math.abs(signal.move))} from ${formatCents(signal.reference)} ` +
    `to ${formatCents(signal.mark)}: buy ${label} only`
  );
}

/**
 * Size a single-side entry on the signalled side with the balancing legs' own rules (planLeg): the
 * whole position capital (in cents) on one side, the taker fee inside the budget, the worst price
 * within maxSlippage of the best ask, the market's minimum order size; and that side's spread must
 * be within maxSpread. The plan has one leg; the other side is null.
 */
export function planSingleSide(signal: SideSignal, input: SizingInput): SizingResult {
  const { side } = signal;
  const book = input.books[side];
  const width = spread(book);
  if (width === null || width > toMicros(input.params.maxSpread)) {
    const maxSpreadPrice = toMicros(input.params.maxSpread);
    return {
      ok: false,
      reason: 'spread',
      side,
      params: width === null ? { side, maxSpreadPrice } : { side, spreadPrice: width, maxSpreadPrice },
    };
  }
  const capital = roundToStep(
    positionCapital(input.bankroll, input.freeCollateral, input.params),
    CENT,
    'down',
  );
  if (capital <= 0) {
    return { ok: false, reason: 'no_capital', side: null, params: { capitalUsd: 0 } };
  }
  const leg = planLeg(side, book, capital, input);
  if (!leg.ok) return leg;
  return {
    ok: true,
    plan: {
      capital,
      yes: side === 'yes' ? leg.leg : null,
      no: side === 'no' ? leg.leg : null,
      expectedOutlay: leg.leg.expectedCost + leg.leg.expectedFee,
    },
  };
}
