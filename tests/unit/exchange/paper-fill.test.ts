import { describe, expect, it } from 'vitest';
import { freshPaperAccount } from '../../../lib/adapters/exchange/paper-account';
import { simulatePaperFill } from '../../../lib/adapters/exchange/paper-fill';
import type { OrderRequest } from '../../../lib/app/ports/exchange-port';
import { makeBook } from '../core/support/books';

const book = makeBook(
  [[0.49, 100]],
  [
    [0.5, 50],
    [0.52, 100],
  ],
);
const buy = (over: Partial<OrderRequest> = {}): OrderRequest => ({
  tokenId: 'token',
  side: 'BUY',
  orderType: 'FOK',
  limitPrice: 520_000,
  amount: 40_000_000,
  tickSize: 10_000,
  negRisk: false,
  feeRate: { rate: 0.04, exponent: 1 },
  ...over,
});

describe('simulatePaperFill', () => {
  it('walks the asks within the limit and charges the taker fee per level', () => {
    const fill = simulatePaperFill(book, buy(), freshPaperAccount(1_000_000_000));
    // 50 @ 0.50 = 25, then 15 / 0.52 = 28.846153 shares; fees 0.50 + 28.846153 × 0.04 × 0.52 × 0.48 = 0.288
    expect(fill.ok && [fill.walk.shares, fill.walk.notional, fill.fee]).toEqual([
      78_846_153,
      40_000_000,
      500_000 + 288_000,
    ]);
  });

  it('kills a FOK that the book within the limit cannot fill, and refuses without balance or size', () => {
    expect(simulatePaperFill(book, buy({ limitPrice: 500_000 }), freshPaperAccount(1e9))).toMatchObject({
      ok: false,
      result: { error: { code: 'fok_not_filled' } },
    });
    expect(
      simulatePaperFill(book, buy({ orderType: 'FAK', limitPrice: 500_000 }), freshPaperAccount(1e9)),
    ).toMatchObject({ ok: true });
    expect(simulatePaperFill(book, buy(), freshPaperAccount(10_000_000))).toMatchObject({
      ok: false,
      result: { error: { kind: 'operational' } },
    });
    expect(simulatePaperFill(book, buy({ amount: 1_000_000 }), freshPaperAccount(1e9))).toMatchObject({
      ok: false,
      result: {
        error: { code: 'below_min_size', params: { orderShares: expect.any(Number), minShares: 5_000_000 } },
      },
    });
    const sell = buy({ side: 'SELL', limitPrice: 490_000, amount: 10_000_000 });
    expect(simulatePaperFill(book, sell, freshPaperAccount(0))).toMatchObject({
      ok: false,
      result: { error: { code: 'not_enough_balance' } },
    });
    expect(
      simulatePaperFill(book, sell, { ...freshPaperAccount(0), shares: { token: 10_000_000 } }),
    ).toMatchObject({ ok: true });
  });
});
