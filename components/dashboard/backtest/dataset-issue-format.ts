import { issueMessage, issuePlace } from '../../../lib/core/backtest/file/dataset-issue-text';
import type { DatasetIssue } from '../../../lib/core/backtest/file/dataset-issues';
import { type MessageLookup, translateCoded } from '../../ui/coded-text';

const fill = (template: string, params: Readonly<Record<string, string>>) =>
  template.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) => params[name] ?? match);

/** "prices.csv ligne 14, p": where an issue is, in the locale of `lookup` (its English when absent). */
function placeText(issue: DatasetIssue, lookup: MessageLookup): string {
  const form =
    issue.line === undefined
      ? issue.field === undefined
        ? null
        : 'field'
      : issue.field === undefined
        ? 'line'
        : 'lineField';
  if (form === null) return issue.at;
  const template = lookup(`backtest.dataset.issueAt.${form}`);
  if (!template) return issuePlace(issue);
  return fill(template, { at: issue.at, line: String(issue.line ?? ''), field: issue.field ?? '' });
}

/**
 * One bad row or bad file, where and what, in the locale of `lookup` (the messages of
 * locales/<lang>.yml by dotted key): "trades-bad.csv ligne 4, outcome : doit valoir YES ou NO, reçu « MAYBE »".
 * A code the locale has no words for falls back to the English of dataset-issue-text.ts.
 */
export function formatDatasetIssue(issue: DatasetIssue, lookup: MessageLookup, locale: string): string {
  const what = translateCoded('datasetIssues', issue.text, lookup, locale) ?? issueMessage(issue);
  const where = placeText(issue, lookup);
  const sentence = lookup('backtest.dataset.issueAt.sentence');
  return sentence ? fill(sentence, { where, what }) : `${where}: ${what}`;
}
