import { describe, expect, it } from 'vitest';
import { exitQuote, markPrice } from '../../../../lib/core/model/prices';
import { fixtureBook, makeBook } from '../support/books';

describe('mark price', () => {
  it('is the midpoint when the spread is at most 0.10', () => {
    expect(markPrice(makeBook([[0.45, 10]], [[0.47, 10]], { lastTradePrice: 400_000 }))).toBe(460_000);
    expect(markPrice(makeBook([[0.4, 10]], [[0.5, 10]], { lastTradePrice: 420_000 }))).toBe(450_000);
  });

  it('is the last trade price when the spread is wider than 0.10 (real neg-risk book: 0.30/0.43)', () => {
    expect(markPrice(fixtureBook('clob-book.negrisk.polywatch.json'))).toBe(430_000);
    expect(markPrice(makeBook([[0.4, 10]], [[0.51, 10]], { lastTradePrice: 420_000 }))).toBe(420_000);
  });

  it('falls back to the last trade on a one-sided book (real btc 5m book: last 0.999)', () => {
    expect(markPrice(fixtureBook('clob-book.btc5m.ra1nty.json'))).toBe(999_000);
  });

  it('is null when nothing is known', () => {
    expect(markPrice(makeBook([], []))).toBeNull();
    expect(markPrice(makeBook([[0.1, 1]], [[0.9, 1]]))).toBeNull();
  });
});

describe('exit quote', () => {
  it('values 100 held shares at what the real bids pay, net of the taker fee', () => {
    const quote = exitQuote(fixtureBook('clob-book.negrisk.polywatch.json'), 100_000_000, {
      rate: 0.04,
      exponent: 1,
    });
    // proceeds 29.6025; fee 0.5061 + 0.32738 = 0.83348; net 28.76902
    expect(quote).toMatchObject({
      exitPrice: 296_025,
      proceeds: 29_602_500,
      fee: 833_480,
      netProceeds: 28_769_020,
      filled: true,
    });
  });

  it('is worth nothing with no bids', () => {
    const quote = exitQuote(fixtureBook('clob-book.btc5m.ra1nty.json'), 10_000_000, {
      rate: 0.07,
      exponent: 1,
    });
    expect(quote).toMatchObject({ exitPrice: null, proceeds: 0, fee: 0, netProceeds: 0, filled: false });
  });
});
