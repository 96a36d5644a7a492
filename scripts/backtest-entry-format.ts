import type { BacktestResult } from '../lib/core/backtest/engine';
import { fromMicros } from '../lib/core/model/money';
import { table } from './backtest-format';

/**
 * How each run entered and left (issue 18): balanced entries minted by a split, closes that merged
 * their pairs, and the modelled gas both paid, next to the fees the order books cost.
 */
export function entryMethodTable(results: readonly BacktestResult[]): string {
  const usd = (micros: number) => `$${fromMicros(micros).toFixed(4)}`;
  return [
    'Entry method (split: YES+NO pairs minted at $1 + the modelled gas of a plain wallet; a close merges the pairs when that pays more)',
    table(
      ['Run', 'Entry', 'Splits', 'Merges', 'Gas'],
      results.map((r) => [
        r.strategy,
        r.ctf.entryMethod,
        String(r.ctf.splits),
        String(r.ctf.merges),
        usd(r.ctf.gas),
      ]),
    ),
  ].join('\n');
}
