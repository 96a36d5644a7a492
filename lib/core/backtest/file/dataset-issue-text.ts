import type { CodedParams } from '../../model/coded-text';
import type { DatasetIssue, DatasetIssueCode } from './dataset-issues';

const SHOWN = 5;
const NEEDS_MARKETS =
  'needs its markets: import markets.csv or a JSON dataset with them, or pick the markets from Polymarket or Kalshi';

const s = (params: CodedParams, key: string): string => String(params[key] ?? '');
const rows = (n: number) => `${n} row${n === 1 ? '' : 's'} skipped`;

const ENGLISH: Readonly<Record<DatasetIssueCode, (p: CodedParams) => string>> = {
  not_json: (p) => `not JSON: ${s(p, 'detail')}`,
  schema: (p) => s(p, 'detail'),
  csv_syntax: (p) => s(p, 'detail'),
  empty: () => 'is empty',
  not_number: (p) => `expected a number, got "${s(p, 'value')}"`,
  not_integer: (p) => `expected a whole number, got "${s(p, 'value')}"`,
  below_min: (p) => `must be ≥ ${s(p, 'min')}, got ${s(p, 'value')}`,
  above_max: (p) => `must be ≤ ${s(p, 'max')}, got ${s(p, 'value')}`,
  resolution_pair: () => 'resolved_outcome and resolved_at go together',
  duplicate_time: (p) => `${s(p, 'key')} already has t ${s(p, 't')} (line ${s(p, 'other')})`,
  bad_side: () => 'must be bid or ask',
  no_market_rows: () => 'has no market rows',
  duplicate_market: (p) => `duplicate market id "${s(p, 'id')}"`,
  duplicate_token: (p) => `token id "${s(p, 'id')}" is used twice`,
  bad_tick: (p) => `${s(p, 'value')} is not a Polymarket tick size (0.1 … 0.0001)`,
  not_after: (p) => `t ${s(p, 't')} is not after the previous point's ${s(p, 'before')}`,
  bids_order: () => 'bids must be best (highest) first, strictly descending',
  asks_order: () => 'asks must be best (lowest) first, strictly ascending',
  token_no_market: () => 'token id belongs to no market',
  market_not_listed: () => 'market id is not in markets',
  missing_columns: (p) =>
    `missing column: ${s(p, 'missing')} (expected time, market, outcome or token_id, price[, size]; found ${s(p, 'found') || 'no header'})`,
  bad_time: (p) => `expected epoch ms, epoch seconds or ISO 8601 with a zone, got "${s(p, 'value')}"`,
  bad_price: (p) => `must be a price from 0 to 1, got "${s(p, 'value')}"`,
  bad_size: (p) => `must be a number of shares > 0, got "${s(p, 'value')}"`,
  bad_outcome: (p) => `must be YES or NO, got "${s(p, 'value')}"`,
  unknown_venue: (p) => `unknown venue "${s(p, 'value')}" (polymarket or kalshi)`,
  unknown_market: (p) =>
    `market "${s(p, 'id')}" is not in any imported market (${rows(Number(p.count ?? 0))}): ${NEEDS_MARKETS}`,
  unknown_token: (p) =>
    `token "${s(p, 'id')}" is not in any imported market (${rows(Number(p.count ?? 0))}): ${NEEDS_MARKETS}`,
  needs_markets: () => NEEDS_MARKETS,
  unknown_format: (p) =>
    `not a known format (columns: ${s(p, 'columns') || 'none'}); see the formats in the README's Backtesting section`,
  http_status: (p) => `HTTP ${s(p, 'status')}`,
};

/** "prices.csv line 14, p", "markets.csv line 3", "markets[0].tickSize": where an issue is, in English. */
export function issuePlace(issue: DatasetIssue): string {
  const line = issue.line === undefined ? '' : ` line ${issue.line}`;
  return `${issue.at}${line}${issue.field === undefined ? '' : `, ${issue.field}`}`;
}

/** What is wrong, in English (the CLI, thrown errors); the dashboard words the code in its locale. */
export function issueMessage(issue: DatasetIssue): string {
  return ENGLISH[issue.text.code](issue.text.params);
}

/** "prices.csv line 14, p: expected …; markets[0].tickSize: …" (the first few) as one sentence. */
export function describeIssues(issues: readonly DatasetIssue[]): string {
  const head = issues.slice(0, SHOWN).map((i) => `${issuePlace(i)}: ${issueMessage(i)}`);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
  return `${head.join('; ')}${more}`;
}
