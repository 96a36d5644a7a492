import { describe, expect, it } from 'vitest';
import { walkAsksByBudget, walkAsksForShares, walkBidsForShares } from '../../../../lib/core/model/book-walk';
import { fixtureBook, makeBook } from '../support/books';

// Real neg-risk book: best asks 0.43×8.37, 0.53×13.49, 0.54×26.99 …; best bids 0.30×60.25, 0.29×257.61 …
const negRisk = fixtureBook('clob-book.negrisk.polywatch.json');

describe('walking asks with a collateral budget', () => {
  it('spends $20 over three levels of the real book', () => {
    // 8.37 × 0.43 = 3.5991; 13.49 × 0.53 = 7.1497; rest 9.2512 / 0.54 = 17.131851 shares (cost 9.2512 up)
    const walk = walkAsksByBudget(negRisk.asks, 20_000_000);
    expect(walk.fills).toEqual([
      { price: 430_000, shares: 8_370_000 },
      { price: 530_000, shares: 13_490_000 },
      { price: 540_000, shares: 17_131_851 },
    ]);
    expect(walk.shares).toBe(38_991_851);
    expect(walk.notional).toBe(20_000_000);
    expect(walk.vwap).toBe(512_928); // 20 / 38.991851 = 0.5129277
    expect(walk.worstPrice).toBe(540_000);
    expect(walk.levelsUsed).toBe(3);
    expect(walk.filled).toBe(true);
  });

  it('stays on the best level when the budget fits in it', () => {
    const walk = walkAsksByBudget(negRisk.asks, 1_000_000);
    // 1 / 0.43 = 2.325581 shares, cost 0.999999830 → 1.000000 rounded up
    expect(walk).toMatchObject({ shares: 2_325_581, notional: 1_000_000, levelsUsed: 1, filled: true });
    expect(walk.vwap).toBe(430_000);
  });

  it('reports a thin book as not filled and keeps what it could buy', () => {
    const thin = makeBook(
      [],
      [
        [0.5, 10],
        [0.6, 10],
      ],
    );
    const walk = walkAsksByBudget(thin.asks, 20_000_000);
    expect(walk).toMatchObject({
      shares: 20_000_000,
      notional: 11_000_000,
      filled: false,
      worstPrice: 600_000,
    });
    expect(walk.vwap).toBe(550_000);
  });

  it('counts exactly exhausting the last level as filled', () => {
    const thin = makeBook([], [[0.5, 10]]);
    expect(walkAsksByBudget(thin.asks, 5_000_000)).toMatchObject({ shares: 10_000_000, filled: true });
  });

  it('buys nothing from an empty book, and a zero budget is trivially filled', () => {
    expect(walkAsksByBudget([], 5_000_000)).toMatchObject({
      shares: 0,
      notional: 0,
      vwap: null,
      worstPrice: null,
      levelsUsed: 0,
      filled: false,
    });
    expect(walkAsksByBudget(negRisk.asks, 0)).toMatchObject({ shares: 0, filled: true });
  });

  it('handles prices near 0: a 0.001 ask gives 1000 shares per dollar', () => {
    const btc = fixtureBook('clob-book.btc5m.ra1nty.json');
    expect(btc.asks[0]).toEqual({ price: 1_000, size: 385_409_390_000 });
    expect(walkAsksByBudget(btc.asks, 1_000_000)).toMatchObject({
      shares: 1_000_000_000,
      notional: 1_000_000,
    });
  });
});

describe('walking for a share count', () => {
  it('sells 100 shares into the real bids: 60.25 @ 0.30 + 39.75 @ 0.29', () => {
    const walk = walkBidsForShares(negRisk.bids, 100_000_000);
    // 18.075 + 11.5275 = 29.6025
    expect(walk).toMatchObject({
      shares: 100_000_000,
      notional: 29_602_500,
      vwap: 296_025,
      worstPrice: 290_000,
      levelsUsed: 2,
      filled: true,
    });
  });

  it('rounds sale proceeds down and purchase costs up per fill', () => {
    const book = makeBook([[0.33, 100]], [[0.67, 100]]);
    // 0.000001 share × 0.33 = 0.00000033 → 0 down; × 0.67 → 0.000001 up
    expect(walkBidsForShares(book.bids, 1).notional).toBe(0);
    expect(walkAsksForShares(book.asks, 1).notional).toBe(1);
  });

  it('buys a share count across ask levels', () => {
    // 8.37 × 0.43 + 1.63 × 0.53 = 3.5991 + 0.8639 = 4.463
    expect(walkAsksForShares(negRisk.asks, 10_000_000)).toMatchObject({
      notional: 4_463_000,
      worstPrice: 530_000,
      filled: true,
    });
  });

  it('cannot sell into an empty bid side (one-sided book)', () => {
    const btc = fixtureBook('clob-book.btc5m.ra1nty.json');
    expect(walkBidsForShares(btc.bids, 5_000_000)).toMatchObject({ shares: 0, vwap: null, filled: false });
  });

  it('sells only what the bids absorb when they are too thin', () => {
    const book = makeBook([[0.4, 3]], []);
    expect(walkBidsForShares(book.bids, 5_000_000)).toMatchObject({
      shares: 3_000_000,
      notional: 1_200_000,
      filled: false,
    });
  });

  it('skips empty levels and treats zero shares as filled', () => {
    const book = makeBook(
      [
        [0.4, 0],
        [0.39, 5],
      ],
      [],
    );
    expect(walkBidsForShares(book.bids, 1_000_000)).toMatchObject({ levelsUsed: 1, vwap: 390_000 });
    expect(walkBidsForShares(book.bids, 0)).toMatchObject({ levelsUsed: 0, filled: true });
  });
});
