import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDatasetIssue } from '../../../../components/dashboard/backtest/dataset-issue-format';
import { issueMessage, issuePlace } from '../../../../lib/core/backtest/file/dataset-issue-text';
import { importSources } from '../../../../lib/core/backtest/import/import-sources';
import { localeMessages, lookupIn } from '../locale-messages';

const DIR = join(__dirname, '../../../fixtures/backtest/import');
const file = (name: string) => ({ name, text: readFileSync(join(DIR, name), 'utf8') });
const fr = lookupIn(localeMessages('fr'));
const en = lookupIn(localeMessages('en'));

/** The bad rows of trades-bad.csv (next to markets.csv), as the Dataset panel lists them. */
function badRows(lookup: typeof fr, locale: string): string[] {
  const result = importSources([file('markets.csv'), file('trades-bad.csv')]);
  return (result.sources[1]?.issues ?? []).map((issue) => formatDatasetIssue(issue, lookup, locale));
}

describe('bad rows of an imported file, in the UI language', () => {
  it('says a bad row in French: the line, the column and what is wrong', () => {
    const rows = badRows(fr, 'fr');
    expect(rows).toContain('trades-bad.csv ligne 4, outcome : doit valoir YES ou NO, reçu « MAYBE »');
    expect(rows).toContain('trades-bad.csv ligne 5, price : doit être un prix de 0 à 1, reçu « 1.4 »');
    expect(rows.at(-1)).toMatch(
      /^trades-bad\.csv ligne 7 : le marché « m9 » n’est dans aucun marché importé \(1 ligne ignorée\)/,
    );
    for (const row of rows) expect(row).not.toMatch(/\b(line|must|expected|got|skipped)\b/);
  });

  it('says the same rows in English as the CLI does', () => {
    const result = importSources([file('markets.csv'), file('trades-bad.csv')]);
    const issues = result.sources[1]?.issues ?? [];
    expect(issues.length).toBe(5);
    expect(badRows(en, 'en-US')).toEqual(issues.map((i) => `${issuePlace(i)}: ${issueMessage(i)}`));
    expect(badRows(en, 'en-US')).toContain('trades-bad.csv line 4, outcome: must be YES or NO, got "MAYBE"');
  });

  it('words a whole-file problem in French too (a table that needs its markets, an unknown format)', () => {
    const result = importSources([
      { name: 'b.csv', text: 'token_id,t,side,price,size\nm1-yes,5,bid,0.4,1\n' },
      { name: 'notes.csv', text: 'a,b\n1,2\n' },
    ]);
    const [books, notes] = result.sources.map((s) => s.issues.map((i) => formatDatasetIssue(i, fr, 'fr')));
    expect(books).toEqual([expect.stringMatching(/^b\.csv : il faut ses marchés/)]);
    expect(notes).toEqual([expect.stringMatching(/^notes\.csv : format inconnu \(colonnes : a, b\)/)]);
  });
});
