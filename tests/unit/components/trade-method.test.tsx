import { describe, expect, it } from 'vitest';
import { emptyHistoryFilter, filterTrades } from '../../../components/dashboard/history/history-filter';
import { TradeMethodLegend } from '../../../components/dashboard/history/TradeMethodTag';
import { TradesTable } from '../../../components/dashboard/history/TradesTable';
import { tradeMethod } from '../../../components/dashboard/history/trade-method';
import { tradesToCsv } from '../../../components/dashboard/history/trades-csv';
import { renderInLocale, visibleText } from './render-in-locale';
import { trade } from './trade-factory';

/** A position entered by a split (100 pairs, mids 60/40) and left by a merge (mids 70/30), then a redeem. */
const rows = [
  trade({ id: 'book', orderId: 'o-1' }),
  trade({ id: 'split-yes', via: 'split', price: 600_000, amount: 60_000_750, shares: 100_000_000, fee: 750 }),
  trade({
    id: 'split-no',
    via: 'split',
    side: 'no',
    price: 400_000,
    amount: 40_000_750,
    shares: 100_000_000,
    fee: 750,
  }),
  trade({
    id: 'merge-yes',
    via: 'merge',
    action: 'sell',
    reason: 'take_profit',
    price: 700_000,
    amount: 69_999_300,
  }),
  trade({
    id: 'redeem',
    action: 'redeem',
    reason: 'redeem',
    price: 1_000_000,
    amount: 96_153_846,
    shares: 192_307_692,
    fee: 0,
    burnedYes: 96_153_846,
    burnedNo: 96_153_846,
  }),
];

describe('how a trade was traded', () => {
  it('reads the method from the row: the book unless split, merge or redeem', () => {
    expect(rows.map(tradeMethod)).toEqual(['book', 'split', 'split', 'merge', 'redeem']);
  });

  it('filters History by method', () => {
    const only = (method: 'book' | 'split' | 'merge' | 'redeem') =>
      filterTrades(rows, { ...emptyHistoryFilter, method }).map((t) => t.id);
    expect(only('split')).toEqual(['split-yes', 'split-no']);
    expect(only('merge')).toEqual(['merge-yes']);
    expect(only('redeem')).toEqual(['redeem']);
    expect(only('book')).toEqual(['book']);
    expect(filterTrades(rows, emptyHistoryFilter)).toHaveLength(5);
  });

  it('writes the method in the CSV', () => {
    const lines = tradesToCsv(rows).split('\r\n');
    expect(lines[0]?.endsWith(',method')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual([
      'book',
      'split',
      'split',
      'merge',
      'redeem',
    ]);
  });
});

describe('the trades table', () => {
  const cells = (html: string) =>
    [...html.matchAll(/<tr[^>]*data-testid="trade-row"[^>]*>(.*?)<\/tr>/g)].map((m) =>
      visibleText(m[1] ?? ''),
    );

  it('tags split, merge and redeem legs, with the pair cost basis and gas instead of a book price', () => {
    const [book, splitYes, , mergeYes, redeem] = cells(renderInLocale('en', <TradesTable trades={rows} />));
    expect(book).toContain('Buy Entry 52¢');
    expect(book).not.toMatch(/Split|Merge|gas|a pair/);
    expect(splitYes).toContain('Buy Split Entry 60¢ cost basis: $1.00 a pair');
    expect(splitYes).toContain('$0.00 gas');
    expect(mergeYes).toContain('Sell Merge Take-profit 70¢ $1.00 a pair');
    expect(redeem).toContain('Redeem Resolved: redeemed on chain 100¢ payout a share');
  });

  it('says it in French with the words of the rest of the app (scinder, fusionner, encaisser)', () => {
    const [, splitYes, , mergeYes, redeem] = cells(renderInLocale('fr', <TradesTable trades={rows} />));
    expect(splitYes).toContain('Achat Scission Entrée');
    expect(splitYes).toContain('prix de revient : 1,00 $ la paire');
    expect(splitYes).toContain('gaz');
    expect(mergeYes).toContain('Vente Fusion');
    expect(redeem).toContain('Encaissement');
    expect(redeem).toContain('paiement par part');
  });

  it('explains the tags shown, and only those', () => {
    const legend = visibleText(renderInLocale('en', <TradeMethodLegend methods={['book', 'split']} />));
    expect(legend).toContain(
      'Split pUSD split into YES + NO pairs on chain at exactly $1.00 a pair, plus gas',
    );
    expect(legend).not.toContain('Merge');
    expect(legend).toContain('Trades without a tag were bought or sold on the order book');
    expect(renderInLocale('en', <TradeMethodLegend methods={['book']} />)).toBe('');
    const fr = visibleText(renderInLocale('fr', <TradeMethodLegend methods={['merge', 'redeem']} />));
    expect(fr).toContain('Fusion Des paires OUI + NON refusionnées en pUSD');
    expect(fr).toContain('Encaissement Les parts d’un marché résolu encaissées');
  });
});
