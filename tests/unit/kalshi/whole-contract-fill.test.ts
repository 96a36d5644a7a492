import { describe, expect, it } from 'vitest';
import { freshPaperAccount } from '../../../lib/adapters/exchange/paper-account';
import { simulatePaperFill } from '../../../lib/adapters/exchange/paper-fill';
import type { OrderRequest } from '../../../lib/app/ports/exchange-port';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { createBookProvider, DEFAULT_FILL_MODEL } from '../../../lib/core/backtest/fill-model';
import { fillMarketable } from '../../../lib/core/backtest/marketable-fill';
import { createDatasetView } from '../../../lib/core/backtest/sanitised-view';
import { contractCount } from '../../../lib/core/model/contract-order';
import type { FeeRate } from '../../../lib/core/model/fees';
import type { OrderBook } from '../../../lib/core/model/order-book';
import { DEFAULT_STRATEGY_PARAMS } from '../../../lib/core/rules/params';
import { planEntry } from '../../../lib/core/rules/sizing';
import { kalshiOrderBook } from '../../../lib/core/venues/kalshi/bids-only-book';
import { kalshiTradeFee } from '../../../lib/core/venues/kalshi/fees';
import { KALSHI_GENERAL_FEES } from '../../../lib/core/venues/kalshi/kalshi-market';
import { kalshiV2Terms } from '../../../lib/core/venues/kalshi/order-terms';
import { makeBook } from '../core/support/books';

const CONTRACT = 1_000_000;
const CENT = 10_000;
/** Kalshi's general taker fee as the markets carry it: 0.07 × C × P × (1 − P), each fill up to $0.0001. */
const KALSHI_FEE: FeeRate = { rate: 0.07, exponent: 1, roundUpTo: 100 };
const takerFee = (contracts: number, price: number) =>
  kalshiTradeFee(contracts, price, 'taker', KALSHI_GENERAL_FEES);

/** A Kalshi YES book from NO bids (its asks) and YES bids, prices in cents, sizes in contracts. */
function kalshiYesBook(
  yesBids: [number, number][],
  noBids: [number, number][],
  fractional = false,
): OrderBook {
  const lists = {
    yesBids: yesBids.map(([c, n]) => ({ price: c * CENT, size: n * CONTRACT })),
    noBids: noBids.map(([c, n]) => ({ price: c * CENT, size: n * CONTRACT })),
  };
  return kalshiOrderBook(lists, 'yes', {
    ticker: 'KXTEST-26',
    tickSize: CENT,
    minOrderSize: fractional ? CENT : CONTRACT,
    lastTradePrice: null,
    timestamp: 0,
  });
}

describe('whole contracts on Kalshi (one fill rule for paper, backtest and the live order)', () => {
  it('a $10 buy at 30¢ gets 33 whole contracts for $9.90 and leaves the 10¢ change', () => {
    const book = kalshiYesBook([[28, 500]], [[70, 500]]); // YES asked at 30¢ (NO bid 70¢)
    expect(book.contractStep).toBe(CONTRACT);
    expect(contractCount('BUY', 10_000_000, 300_000, CONTRACT)).toBe(33_000_000);
    const fill = fillMarketable(book, 'BUY', 10_000_000, 300_000, KALSHI_FEE);
    if (!fill.ok) throw new Error(fill.reason);
    expect(fill.walk.shares).toBe(33_000_000);
    expect(fill.walk.notional).toBe(9_900_000);
    // 0.07 × 33 × 0.30 × 0.70 = $0.4851 exactly.
    expect(fill.fee).toBe(485_100);
    expect(fill.fee).toBe(takerFee(33_000_000, 300_000));
    // The change stays in the paper wallet: $100 − $9.90 − $0.4851.
    const account = freshPaperAccount(100_000_000);
    const paper = simulatePaperFill(book, request({ amount: 10_000_000, limitPrice: 300_000 }), account);
    expect(paper.ok && [paper.walk.shares, paper.walk.notional, paper.fee]).toEqual([
      33_000_000, 9_900_000, 485_100,
    ]);
  });

  it('counts the contracts at the limit price and walks them level by level, each fill its own fee', () => {
    // Asks: 10 contracts at 30¢, 100 at 31¢. $10 at a 31¢ limit asks for floor(10 / 0.31) = 32.
    const book = kalshiYesBook(
      [[25, 10]],
      [
        [70, 10],
        [69, 100],
      ],
    );
    const fill = fillMarketable(book, 'BUY', 10_000_000, 310_000, KALSHI_FEE);
    if (!fill.ok) throw new Error(fill.reason);
    expect(fill.walk.fills).toEqual([
      { price: 300_000, shares: 10_000_000 },
      { price: 310_000, shares: 22_000_000 },
    ]);
    expect(fill.walk.notional).toBe(3_000_000 + 6_820_000);
    expect(fill.fee).toBe(takerFee(10_000_000, 300_000) + takerFee(22_000_000, 310_000));
    // The live order asks for the same count, with the same rule.
    const live = kalshiV2Terms({
      outcome: 'yes',
      action: 'buy',
      limitPrice: 310_000,
      amount: 10_000_000,
      countStep: CONTRACT,
    });
    expect(live.count).toBe(fill.walk.shares);
  });

  it('on a fractional market counts hundredths of a contract', () => {
    const book = kalshiYesBook([[28, 500]], [[70, 500]], true);
    expect(book.contractStep).toBe(CENT);
    const fill = fillMarketable(book, 'BUY', 10_000_000, 300_000, KALSHI_FEE);
    if (!fill.ok) throw new Error(fill.reason);
    // $10 / 0.30 = 33.333… → 33.33 contracts for $9.999.
    expect(fill.walk.shares).toBe(33_330_000);
    expect(fill.walk.notional).toBe(9_999_000);
    expect(fill.fee).toBe(takerFee(33_330_000, 300_000));
  });

  it('sells whole contracts, and refuses an amount below one contract', () => {
    const book = kalshiYesBook([[29, 500]], [[69, 500]]);
    const sale = fillMarketable(book, 'SELL', 33_700_000, 290_000, KALSHI_FEE);
    expect(sale.ok && [sale.walk.shares, sale.walk.notional]).toEqual([33_000_000, 9_570_000]);
    // 20¢ buys no contract at 31¢.
    expect(fillMarketable(book, 'BUY', 200_000, 310_000, KALSHI_FEE)).toEqual({
      ok: false,
      reason: 'below_min_size',
      size: 0,
    });
    const paper = simulatePaperFill(book, request({ amount: 200_000 }), freshPaperAccount(1e9));
    expect(paper).toMatchObject({ ok: false, result: { error: { code: 'below_min_size' } } });
  });

  it('keeps Polymarket books on the CLOB amounts (no contract step): fractional shares as before', () => {
    const polymarket = makeBook([[0.28, 500]], [[0.3, 500]], { minOrderSize: 0 });
    expect(polymarket.contractStep).toBeUndefined();
    const fill = fillMarketable(polymarket, 'BUY', 10_000_000, 300_000, { rate: 0, exponent: 1 });
    expect(fill.ok && [fill.walk.shares, fill.walk.notional]).toEqual([33_333_333, 10_000_000]);
  });

  it('the 50/50 entry buys whole contracts, the same count on each side at the same price', () => {
    const yes = kalshiYesBook([[49, 20_000]], [[49, 20_000]]);
    const no = kalshiOrderBook(
      {
        yesBids: [{ price: 490_000, size: 20_000 * CONTRACT }],
        noBids: [{ price: 490_000, size: 20_000 * CONTRACT }],
      },
      'no',
      { ticker: 'KXTEST-26', tickSize: CENT, minOrderSize: CONTRACT, lastTradePrice: null, timestamp: 0 },
    );
    const sized = planEntry({
      bankroll: 1_000_000_000,
      freeCollateral: 1_000_000_000,
      books: { yes, no },
      feeRate: KALSHI_FEE,
      params: DEFAULT_STRATEGY_PARAMS,
    });
    if (!sized.ok) throw new Error(sized.reason);
    const { plan } = sized;
    // $100 of capital, $50 a side at 51¢: floor(50 / 0.51) = 98 contracts, but $49.98 + $1.7144 fee
    // > $50, so the budget shrinks by the fee: $48.28 → 94 contracts for $47.94 + $1.6444 fee (95
    // would cost $48.45 + $1.6619, over the half).
    expect(plan.yes.expectedShares).toBe(plan.no.expectedShares);
    expect(plan.yes.expectedShares % CONTRACT).toBe(0);
    expect(plan.yes.expectedShares).toBe(94_000_000);
    expect(plan.yes.expectedCost).toBe(47_940_000);
    expect(plan.yes.expectedFee).toBe(takerFee(94_000_000, 510_000));
    expect(plan.yes.expectedFee).toBe(1_644_400);
    expect(plan.yes.expectedCost + plan.yes.expectedFee).toBeLessThanOrEqual(50_000_000);
    expect(plan.expectedOutlay).toBeLessThanOrEqual(plan.capital);
    // The paper exchange fills exactly what the plan said.
    const paper = simulatePaperFill(
      yes,
      request({ amount: plan.yes.budget, limitPrice: plan.yes.limitPrice }),
      freshPaperAccount(1e9),
    );
    expect(paper.ok && [paper.walk.shares, paper.walk.notional, paper.fee]).toEqual([
      plan.yes.expectedShares,
      plan.yes.expectedCost,
      plan.yes.expectedFee,
    ]);
  });

  it('the backtester fills Kalshi markets in whole contracts too', () => {
    const market = {
      venue: 'kalshi' as const,
      id: 'KXTEST-26',
      question: 'Test?',
      yesTokenId: 'KXTEST-26:yes',
      noTokenId: 'KXTEST-26:no',
      feeRate: 0.07,
      tickSize: CENT,
      endTime: null,
      resolution: null,
    };
    const prices = { 'KXTEST-26:yes': [{ t: 1, p: 300_000 }], 'KXTEST-26:no': [{ t: 1, p: 700_000 }] };
    const view = createDatasetView(compileDataset({ venue: 'kalshi', markets: [market], prices }));
    view.advance();
    const books = createBookProvider(view, DEFAULT_FILL_MODEL).books(0);
    expect(books?.books.yes.contractStep).toBe(CONTRACT);
    const polymarket = createDatasetView(
      compileDataset({ markets: [{ ...market, venue: 'polymarket' }], prices }),
    );
    polymarket.advance();
    expect(
      createBookProvider(polymarket, DEFAULT_FILL_MODEL).books(0)?.books.yes.contractStep,
    ).toBeUndefined();
  });
});

function request(over: Partial<OrderRequest> = {}): OrderRequest {
  return {
    tokenId: 'KXTEST-26:yes',
    side: 'BUY',
    orderType: 'FOK',
    limitPrice: 310_000,
    amount: 10_000_000,
    tickSize: CENT,
    negRisk: false,
    feeRate: KALSHI_FEE,
    ...over,
  };
}
