import { describe, expect, it } from 'vitest';
import { EntryMethodTable } from '../../../../components/dashboard/backtest/EntryMethodTable';
import { DEFAULT_BOOK_MODEL, StrategyForm } from '../../../../components/dashboard/backtest/StrategyForm';
import type { BacktestReport } from '../../../../lib/core/backtest/report';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { renderInLocale, visibleText } from '../render-in-locale';

const choice = {
  strategies: ['balancing' as const],
  params: { ...DEFAULT_STRATEGY_PARAMS },
  initialCash: 1_000,
  book: { ...DEFAULT_BOOK_MODEL },
  entryMethod: 'compare' as const,
};

function report(entry: BacktestReport['entry'], totalPnl: number): BacktestReport {
  return {
    strategy: 'balancing',
    period: { start: 0, end: 1, days: 1 },
    summary: { totalPnl } as BacktestReport['summary'],
    fills: { book: 0, synthetic: 0 },
    perMarket: [],
    perExitReason: [],
    trades: [],
    equity: [],
    ...(entry ? { entry } : {}),
  };
}

describe('the Backtest tab’s entry method', () => {
  it('offers the four choices, the chosen one selected', () => {
    const html = renderInLocale('en', <StrategyForm value={choice} onChange={() => {}} />);
    const options = [...html.matchAll(/<option value="([a-z]+)"[^>]*>([^<]+)</g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(options).toEqual([
      'auto: Automatic (the cheaper each time)',
      'books: Buy both order books',
      'split: Split pUSD into pairs',
      'compare: Compare both (books and split side by side)',
    ]);
    expect(html).toMatch(/<option value="compare" selected="">/);
    expect(visibleText(html)).toContain('Balanced entries by');
  });

  it('in French', () => {
    const text = visibleText(renderInLocale('fr', <StrategyForm value={choice} onChange={() => {}} />));
    expect(text).toContain('Entrées équilibrées par');
    expect(text).toContain('Comparer les deux (carnets et scission côte à côte)');
  });

  it('shows the comparison like the CLI: run, entry, splits, merges, gas, P&L', () => {
    const reports = [
      report({ entryMethod: 'books', splits: 0, merges: 0, gas: 0 }, 12.5),
      report({ entryMethod: 'split', splits: 7, merges: 3, gas: 29_610 }, 15.25),
    ];
    const rows = [
      ...renderInLocale('en', <EntryMethodTable reports={reports} />).matchAll(
        /<tr[^>]*data-testid="entry-method-row"[^>]*>(.*?)<\/tr>/g,
      ),
    ].map((m) => visibleText(m[1] ?? ''));
    expect(rows).toEqual([
      'Balancing (books) Buy both order books 0 0 $0.0000 +$12.50',
      'Balancing (split) Split pUSD into pairs 7 3 $0.0296 +$15.25',
    ]);
    const fr = visibleText(renderInLocale('fr', <EntryMethodTable reports={reports} />));
    expect(fr).toContain('Équilibrage (scission) Scinder des pUSD en paires 7 3 0,0296 $');
  });

  it('is not shown for a plain run by the books', () => {
    expect(renderInLocale('en', <EntryMethodTable reports={[report(undefined, 1)]} />)).toBe('');
  });
});
