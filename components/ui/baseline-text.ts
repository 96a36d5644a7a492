import type { RunBaselines } from '../../lib/core/backtest/edge/baselines';
import { toMicros } from '../../lib/core/model/money';
import type { MessageLookup } from './coded-text';
import { edgeDetailText, edgePercent, fill, verdictWord } from './edge-text';
import { formatSignedUsd } from './format';
import { pluralForm } from './plural-form';

/**
 * A strategy's baselines on the same markets in the reader's language: "Hold both legs to
 * resolution: negative — mean per trade −9.3 % (95 % CI …), 8 trades; total P&L −$73.06" with its
 * caveats, and "No trade: 0.0 % per trade, $0.00".
 */
export interface BaselineTexts {
  holdBoth: string;
  noTrade: string;
}

export function baselineTexts(b: RunBaselines, lookup: MessageLookup, locale: string): BaselineTexts {
  const { edge, totalPnl, skipped, unresolved } = b.holdBoth;
  const notes = [fill(lookup('edge.baselines.total'), { pnl: formatSignedUsd(toMicros(totalPnl), locale) })];
  const count = (key: string, n: number) =>
    fill(pluralForm(lookup(key), n), { count: n.toLocaleString(locale) });
  if (skipped > 0) notes.push(count('edge.baselines.skipped', skipped));
  if (unresolved > 0) notes.push(count('edge.baselines.unresolved', unresolved));
  const holdBoth = fill(lookup('edge.baselines.holdBoth'), {
    verdict: verdictWord(edge, lookup, locale),
    detail: edgeDetailText(edge, lookup, locale),
  });
  return {
    holdBoth: [holdBoth, ...notes].join(lookup('edge.baselines.separator') || '; '),
    noTrade: fill(lookup('edge.baselines.noTrade'), {
      mean: edgePercent(b.noTrade.meanTradeReturn, locale),
      pnl: formatSignedUsd(toMicros(b.noTrade.totalPnl), locale),
    }),
  };
}
