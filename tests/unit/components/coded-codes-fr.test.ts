import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/settings/parse-settings';
import { localeMessages } from './locale-messages';

/**
 * Every code the background can put in a coded text (lib/messaging/coded-text.ts) must have French
 * words, or the French UI falls back to the background's English. The codes are read from the
 * sources: literal codes of `coded(…)`, `codedWithReason(…)`, the router's `refuse(…)` and every
 * `code: '…'` (AppErrors, exchange refusals, rejection rules, settings rules), plus the families
 * built at run time from a closed list (risk rules, sizing refusals, position statuses, strategy
 * waits).
 */
const ROOT = path.resolve(__dirname, '../../..');

/** The namespaces the UI renders coded texts in (components/ui/ui-text.ts callers). */
const NAMESPACES = [
  'errors',
  'passNotes',
  'passSummaries',
  'entryNotes',
  'tradeOutcomes',
  'settingsErrors',
  'rejections',
  'factorNotes',
  'tradeErrors',
  'crossVenueReasons',
  'datasetIssues',
  'venueChecks.codes',
];

/**
 * `code: '…'` literals that are not message codes: zod's own issue kind, and the codes of
 * notification events (worded whole by formatNotification, tested in tests/unit/notify).
 */
const NOT_MESSAGES = new Set(['custom', 'entry_failed', 'pass_failed']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** The members of `export type <name> = | 'a' | 'b' …;` in a source file. */
function unionMembers(file: string, name: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const body = new RegExp(`export type ${name} =([^;]+);`).exec(text)?.[1] ?? '';
  const members = matches(body, /'([A-Za-z0-9_]+)'/g);
  expect(members.length, `${name} in ${file}`).toBeGreaterThan(0);
  return members;
}

function emittedCodes(): Map<string, string> {
  const where = new Map<string, string>();
  for (const file of [...sourceFiles('lib'), ...sourceFiles('entrypoints')]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const codes = [
      ...matches(text, /\bcoded(?:WithReason)?\(\s*'([A-Za-z0-9_]+)'/g),
      ...matches(text, /\brefuse\(\s*'([A-Za-z0-9_]+)'/g),
      ...matches(text, /\bcode:\s*'([A-Za-z0-9_]+)'/g),
    ];
    for (const code of codes) if (!NOT_MESSAGES.has(code) && !where.has(code)) where.set(code, file);
  }
  const families: [string, string[]][] = [
    ['risk rule', unionMembers('lib/core/rules/risk-limits.ts', 'RiskRule')],
    ['sizing refusal', unionMembers('lib/core/rules/sizing.ts', 'SizingRejection')],
    ['request refusal (router)', ['invalid_request']],
    ['dataset issue', unionMembers('lib/core/backtest/file/dataset-issues.ts', 'DatasetIssueCode')],
    ['position status', ['opening', 'active', 'liquidated', 'closed'].map((s) => `status_${s}`)],
    [
      'strategy wait',
      ['momentum', 'mean_reversion'].flatMap((k) => [`waiting_${k}`, `waiting_${k}_no_price`]),
    ],
  ];
  for (const [family, codes] of families) for (const code of codes) where.set(code, family);
  return where;
}

describe('coded texts in French', () => {
  const fr = localeMessages('fr');
  const hasFrench = (code: string) => NAMESPACES.some((ns) => (fr.get(`${ns}.${code}`) ?? '') !== '');

  it('finds the codes the background emits (the scan is not empty)', () => {
    const codes = emittedCodes();
    // A few codes every build emits: if the scan stops finding them, it is broken, not the locale.
    for (const code of [
      'rate_limited',
      'forbidden_sender',
      'scan_done',
      'max_exposure',
      'telegram_invalid_token',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(60);
  });

  it('has a French message for every code emitted', () => {
    const missing = [...emittedCodes()]
      .filter(([code]) => !hasFrench(code))
      .map(([code, from]) => `${code} (${from})`);
    expect(missing).toEqual([]);
  });

  it('words every settings problem in French, with its code (never the English message alone)', () => {
    const invalid = {
      wallet: { funderAddress: '0x1234', autoLockMinutes: 0 },
      notifications: { webhookUrl: 'http://example.com/hook', telegramChatId: 'not a chat' },
      news: {
        rssFeeds: ['ftp://example.com/feed', ...Array.from({ length: 21 }, (_, i) => `https://e.com/${i}`)],
      },
      endpoints: { gammaUrl: 'gopher://example.com' },
      strategy: { divergenceThreshold: 'thirty' },
    };
    const result = parseSettings(invalid);
    if (result.ok) throw new Error('the settings were accepted');
    const fields = result.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'wallet.funderAddress',
        'notifications.webhookUrl',
        'notifications.telegramChatId',
        'endpoints.gammaUrl',
      ]),
    );
    const unworded = result.issues
      .filter((i) => !i.code || (fr.get(`settingsErrors.${i.code}`) ?? '') === '')
      .map((i) => `${i.field}: ${i.message}`);
    expect(unworded).toEqual([]);
  });
});
