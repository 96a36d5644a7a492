import { i18n } from '#i18n';
import type { BacktestReport } from '../../../lib/core/backtest/report';

/** A run's name: its strategy, and its entry method when the run is one of an entry-method choice. */
export function reportLabel(r: BacktestReport): string {
  const name = i18n.t(`backtest.strategies.${r.strategy as 'balancing'}`);
  if (!r.entry) return name;
  const method = i18n.t(`backtest.entryMethod.short.${r.entry.entryMethod}`);
  return i18n.t('backtest.entryMethod.runLabel', { strategy: name, method });
}

/** A run's React key: a strategy run twice (books and split) is two runs. */
export function reportKey(r: BacktestReport): string {
  return r.entry ? `${r.strategy}-${r.entry.entryMethod}` : r.strategy;
}
