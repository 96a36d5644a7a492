import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { datasetError } from '../lib/adapters/backtest/dataset-issues';
import type { Dataset } from '../lib/core/backtest/dataset';
import { issueMessage, issuePlace } from '../lib/core/backtest/file/dataset-issue-text';
import type { MissingNote, SourceReport } from '../lib/core/backtest/import/import-report';
import { type ImportSource, importSources } from '../lib/core/backtest/import/import-sources';

const KINDS: Record<SourceReport['kind'], string> = {
  dataset: 'dataset (JSON)',
  markets: 'markets table',
  books: 'order books',
  scores: 'scores',
  trades: 'trade tape',
  series: 'price series',
  polymarket: 'Polymarket',
  kalshi: 'Kalshi',
  recorded: 'recorded by the extension',
  unknown: 'not recognised',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "trades.csv (trade tape): 6 price points from 6 trades", then its problems, one per line. */
export function sourceLines(s: SourceReport): string[] {
  const parts = [
    s.markets > 0 ? plural(s.markets, 'market') : '',
    s.resolutions > 0 ? plural(s.resolutions, 'resolution') : '',
    s.points > 0 ? plural(s.points, 'price point') : '',
    s.books > 0 ? plural(s.books, 'book snapshot') : '',
    s.scores > 0 ? plural(s.scores, 'score') : '',
    s.trades > 0 ? `from ${plural(s.trades, 'trade')}` : '',
  ].filter((p) => p !== '');
  return [
    `${s.name} (${KINDS[s.kind]}): ${parts.length > 0 ? parts.join(', ') : 'nothing'}`,
    ...s.issues.map((i) => `  ${issuePlace(i)}: ${issueMessage(i)}`),
  ];
}

export function missingLine(note: MissingNote): string {
  switch (note.note) {
    case 'no_books':
      return 'no books: fills will be modelled (synthetic book)';
    case 'some_books':
      return `${plural(note.without, 'market')} without books: their fills will be modelled`;
    case 'no_scores':
      return 'no scores: score threshold not checked';
    case 'no_liquidity':
      return 'no liquidity or volume: those rules not checked';
    case 'no_resolution':
      return `no resolution for market "${note.market}"`;
    case 'no_prices':
      return `no ${note.side.toUpperCase()} prices for market "${note.market}"`;
  }
}

/** The files behind `--data` values: each may be a comma-separated list; a directory gives its .json and .csv files. */
export function dataFiles(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .filter((p) => p !== '')
    .flatMap((p) =>
      statSync(p).isDirectory()
        ? readdirSync(p)
            .filter((f) => /\.(json|csv)$/i.test(f))
            .sort()
            .map((f) => join(p, f))
        : [p],
    );
}

/**
 * Every `--data` file merged into one dataset (importSources: JSON datasets, CSV tables, trade tapes,
 * price series); what each contributed and what is missing go to `say` (stderr, so --json stays one
 * document). Throws, naming the problems, when no market came out.
 */
export function loadData(values: readonly string[], say: (line: string) => void): Dataset {
  const files = dataFiles(values);
  const sources: ImportSource[] = files.map((f) => ({
    name: files.length > 1 ? f : basename(f),
    text: readFileSync(f, 'utf8'),
  }));
  const result = importSources(sources);
  if (!result.dataset) throw datasetError(result.sources.flatMap((s) => s.issues));
  for (const s of result.sources) for (const line of sourceLines(s)) say(line);
  for (const note of result.missing) say(`missing: ${missingLine(note)}`);
  return result.dataset;
}
