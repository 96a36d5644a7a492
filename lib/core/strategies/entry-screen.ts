import type { Market } from '../model/market';
import { staticPreFilter, withinEndWindow } from '../rules/eligibility';
import type { StrategyParams } from '../rules/params';

/**
 * Could flat market `market` (an index into the run's markets) be entered at `now`, judged without
 * its books? False exactly when screening would turn it away before its books are read.
 */
export type EntryScreen = (market: number, now: number, score: number | null) => boolean;

const UNKNOWN = 0;
const PASSES = 1;
const FAILS = 2;

/**
 * The scan's book-free rules for one run over `markets`: the opportunity threshold, the clock-free
 * Gamma rules (worked out once per market on first ask and remembered for the run) and the end-date
 * window (plain arithmetic at each ask). Pure: the same markets, params and asks give the same answers.
 */
export function entryScreen(params: Readonly<StrategyParams>, markets: readonly Market[]): EntryScreen {
  const fixed = new Uint8Array(markets.length);
  const endTimes = markets.map((m) => m.endTime);
  return (m, now, score) => {
    if (score !== null && score < params.opportunityThreshold) return false;
    if (fixed[m] === UNKNOWN)
      fixed[m] = staticPreFilter(markets[m] as Market, params).eligible ? PASSES : FAILS;
    if (fixed[m] === FAILS) return false;
    const endTime = endTimes[m];
    return endTime !== null && endTime !== undefined && withinEndWindow(endTime, params, now);
  };
}
