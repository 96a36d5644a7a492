import { describe, expect, it } from 'vitest';
import { freshPaperAccount } from '../../../lib/adapters/exchange/paper-account';
import { simulatePaperFill } from '../../../lib/adapters/exchange/paper-fill';
import { fillMarketable } from '../../../lib/core/backtest/marketable-fill';
import { createPrng } from '../../../lib/core/backtest/prng';
import type { BookLevel, OrderBook } from '../../../lib/core/model/order-book';

/**
 * The backtest's fills and the paper exchange's fills must agree: same book, same order → same
 * shares, notional and fee, or both refuse. (Balance is ample here; the portfolio checks cash.)
 */
function randomBook(next: () => number): OrderBook {
  const tick = 10_000;
  const mid = (20 + Math.floor(next() * 60)) * tick;
  const levels = (from: number, step: number): BookLevel[] =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, (_, i) => ({
      price: from + i * step,
      size: Math.round(next() * 20_000) * 10_000 + 10_000,
    })).filter((l) => l.price > 0 && l.price < 1_000_000);
  return {
    tokenId: 'tok',
    market: 'm',
    bids: levels(mid - tick, -tick),
    asks: levels(mid + tick, tick),
    tickSize: tick,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: null,
    timestamp: 0,
    hash: '',
  };
}

describe('backtest fills = paper exchange fills', () => {
  it('agrees on 2,000 random books and orders', () => {
    const rng = createPrng(2026);
    const account = freshPaperAccount(1e15);
    const outcomes = { filled: 0, refused: 0 };
    for (let i = 0; i < 2000; i++) {
      const book = randomBook(rng.next);
      const side = rng.next() < 0.5 ? 'BUY' : 'SELL';
      const levels = side === 'BUY' ? book.asks : book.bids;
      const limit = levels[Math.floor(rng.next() * levels.length)]?.price ?? 500_000;
      const amount = Math.round(rng.next() * 80_000_000);
      account.shares.tok = 1e15;
      const feeRate = { rate: [0, 0.02, 0.04][i % 3] as number, exponent: 1 + (i % 2) };
      const paper = simulatePaperFill(
        book,
        {
          tokenId: 'tok',
          side,
          orderType: 'FOK',
          limitPrice: limit,
          amount,
          tickSize: book.tickSize,
          negRisk: false,
          feeRate,
        },
        account,
      );
      const ours = fillMarketable(book, side, amount, limit, feeRate);
      expect(ours.ok).toBe(paper.ok);
      outcomes[ours.ok ? 'filled' : 'refused']++;
      if (ours.ok && paper.ok) expect([ours.walk, ours.fee]).toEqual([paper.walk, paper.fee]);
    }
    expect(outcomes.filled).toBeGreaterThan(200); // both branches are exercised
    expect(outcomes.refused).toBeGreaterThan(200);
  });
});
