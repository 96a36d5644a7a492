import { toMicros } from '../../model/money';
import type { StrategyParams } from '../../rules/params';
import type { RunAssumptions } from './assumptions';

/**
 * True when a run's book model quotes wider than the strategy's maximum spread: on a modelled book
 * the spread rule then refuses every entry (as it refuses a real wide market), and a report with no
 * trade must say why rather than look like "no opportunity".
 */
export function modelWiderThanMaxSpread(
  assumptions: Pick<RunAssumptions, 'bookModel' | 'spread'>,
  params: Pick<StrategyParams, 'maxSpread'>,
): boolean {
  if (assumptions.bookModel === 'recorded' || assumptions.spread === null) return false;
  return toMicros(assumptions.spread) > toMicros(params.maxSpread);
}
