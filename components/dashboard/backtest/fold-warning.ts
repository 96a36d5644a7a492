import { i18n } from '#i18n';
import { disagreementKind, type Fold } from '../../../lib/core/backtest/walk-forward';

/**
 * A walk-forward fold's warning in the UI's language, from its numbers (the core's English
 * `warning` serves the CLI): a sign flip, a decay below half, or no comparable result.
 */
export function foldWarning(fold: Fold, show: (value: number | null) => string): string {
  const kind =
    fold.inSample === null || fold.outOfSample === null
      ? 'no_result'
      : disagreementKind(fold.inSample, fold.outOfSample);
  if (kind === null) return '';
  if (kind === 'no_result') return i18n.t('backtest.foldWarnings.no_result');
  return i18n.t(`backtest.foldWarnings.${kind}`, {
    inSample: show(fold.inSample),
    outOfSample: show(fold.outOfSample),
  });
}
