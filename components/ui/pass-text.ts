import type { PassLogRow } from '../../lib/core/model/rows/pass-log';
import { uiTextList } from './ui-text';

/**
 * A pass-log row's error in the UI's language: a failure's error (namespace `errors`) or the
 * degradations (`passNotes`), else the English the background wrote (older rows, uncoded parts).
 */
export function passErrorText(row: Pick<PassLogRow, 'outcome' | 'error' | 'errorTexts'>): string | null {
  if (row.error === null) return null;
  return uiTextList(row.outcome === 'failed' ? 'errors' : 'passNotes', row.error, row.errorTexts);
}

/** A pass-log row's summary in the UI's language (namespace `passSummaries`), else its English. */
export function passSummaryText(row: Pick<PassLogRow, 'summary' | 'summaryTexts'>): string | null {
  if (row.summary === null) return null;
  return uiTextList('passSummaries', row.summary, row.summaryTexts, ' ');
}
