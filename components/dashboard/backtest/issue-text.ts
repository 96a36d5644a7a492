import { i18n } from '#i18n';
import type { DatasetIssue } from '../../../lib/core/backtest/file/dataset-issues';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';
import { formatDatasetIssue } from './dataset-issue-format';

const SHOWN = 5;

/** One bad row or bad file, where and what, in the UI's language. */
export function issueText(issue: DatasetIssue): string {
  return formatDatasetIssue(issue, optionalMessage, uiLocale());
}

/** The first few issues as one sentence, with how many more. */
export function issuesText(issues: readonly DatasetIssue[]): string {
  const head = issues.slice(0, SHOWN).map(issueText).join('; ');
  const more = issues.length - SHOWN;
  return more > 0 ? `${head} ${i18n.t('backtest.dataset.report.more', { count: String(more) })}` : head;
}
