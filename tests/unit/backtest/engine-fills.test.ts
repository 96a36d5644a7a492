import { describe, expect, it } from 'vitest';
import { fillMarketable } from '../../../lib/core/backtest/marketable-fill';
import { EXACT_FILL, makeMarket, oneMarket, pricesOf, run, T0, usd } from './support';

describe('engine: fee and slippage arithmetic', () => {
  it('charges the taker fee shares × rate × p × (1 − p) on every fill, inside each leg budget', () => {
    // Spread 2¢ around 0.50: asks 0.51, bids 0.49, deep. Fee rate 0.04.
    // Leg: $50 at 0.51 → 98.039215 sh + fee 0.98 > 50, so the budget shrinks to $49.02:
    //   96.117647 sh, cost 49.02, fee 96.117647 × 0.04 × 0.51 × 0.49 = 0.96079 → capital 49.98079.
    // End of data: an order sells shares to 2 decimals (like the trading engine's sellRequest):
    //   96.11 at 0.49 → 47.0939, fee 96.11 × 0.04 × 0.49 × 0.51 = 0.96072 → net 46.13318 per side.
    const result = run(
      oneMarket(
        [
          [0, 0.5, 0.5],
          [1, 0.5, 0.5],
        ],
        { feeRate: 0.04 },
      ),
      {
        fill: { ...EXACT_FILL, syntheticSpread: 0.02 },
      },
    );
    const [trade] = result.trades;
    expect(trade?.capital).toBe(2 * 49_980_790);
    expect(trade?.fees).toBe(2 * 960_790 + 2 * 960_720);
    expect(trade?.pnl).toBe(2 * (46_133_180 - 49_980_790));
    expect(result.finalEquity).toBe(usd(1000) + 2 * (46_133_180 - 49_980_790));
    expect(result.exits[0]).toMatchObject({ reason: 'end_of_data', fee: 2 * 960_720 });
  });

  it('walks deeper synthetic levels (slippage) and keeps the volume-weighted entry price', () => {
    // Asks 0.51, 0.52, … with 60 shares each, fee 0: $50 buys 60 @ 0.51 ($30.60) + 37.307692 @ 0.52
    // ($19.40) = 97.307692 sh, VWAP 0.513834; worst 0.52 is 1.96 % above 0.51 (limit 2 %).
    // Exit 97.30 shares into bids 0.49 (60), 0.48: 29.40 + 37.30 × 0.48 = 47.304 per side.
    const fill = { ...EXACT_FILL, syntheticSpread: 0.02, syntheticDepthShares: 60, syntheticLevels: 5 };
    const result = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.5, 0.5],
      ]),
      { fill },
    );
    expect(result.trades[0]?.pnl).toBe(2 * (47_304_000 - 50_000_000));
    // A 1 % slippage limit refuses the same entry.
    expect(
      run(
        oneMarket([
          [0, 0.5, 0.5],
          [1, 0.5, 0.5],
        ]),
        { fill, params: { maxSlippage: 0.01 } },
      ).trades,
    ).toEqual([]);
  });

  it('walks a recorded book when one exists at that time and says so', () => {
    const market = makeMarket('m1');
    const dataset = {
      markets: [market],
      prices: pricesOf(market, [
        [0, 0.5, 0.5],
        [1, 0.5, 0.5],
      ]),
      books: {
        // YES: asks 0.50 (40 sh) then 0.51; bids 0.49. NO has no book: synthetic.
        'm1-yes': [
          {
            t: T0,
            bids: [{ price: 490_000, size: usd(1000) }],
            asks: [
              { price: 500_000, size: usd(40) },
              { price: 510_000, size: usd(1000) },
            ],
          },
        ],
      },
    };
    const result = run(dataset);
    // YES $50: 40 @ 0.50 ($20) + 58.823529 @ 0.51 ($30) = 98.823529 sh; NO exact: 100 sh @ 0.50.
    // h1: the YES snapshot (1 h old) is still used: sell 98.82 @ 0.49 = 48.4218; NO 100 at 0.50 = 50.
    expect(result.fills).toEqual({ book: 2, synthetic: 2 });
    expect(result.trades[0]?.pnl).toBe(48_421_800 + 50_000_000 - 100_000_000);
  });
});

describe('marketable fills (the paper exchange rules)', () => {
  it('refuses below the minimum size and when the book cannot fill the whole order', () => {
    const book = {
      tokenId: 't',
      market: 'm',
      bids: [{ price: 490_000, size: 10_000_000 }],
      asks: [{ price: 510_000, size: 10_000_000 }],
      tickSize: 10_000,
      minOrderSize: 5_000_000,
      negRisk: false,
      lastTradePrice: null,
      timestamp: 0,
      hash: '',
    };
    // $2 at 51¢ is 3.9215 shares, under the 5-share minimum: the refusal says the order's size.
    expect(fillMarketable(book, 'BUY', usd(2), 510_000, { rate: 0, exponent: 1 })).toEqual({
      ok: false,
      reason: 'below_min_size',
      size: 3_921_500,
    });
    expect(fillMarketable(book, 'BUY', usd(6), 510_000, { rate: 0, exponent: 1 })).toEqual({
      ok: false,
      reason: 'fok_not_filled',
    });
    expect(fillMarketable(book, 'SELL', usd(12), 490_000, { rate: 0, exponent: 1 })).toEqual({
      ok: false,
      reason: 'fok_not_filled',
    });
    const sold = fillMarketable(book, 'SELL', 8_123_456, 490_000, { rate: 0.04, exponent: 1 });
    // 8.12 shares (2 decimals) at 0.49 = 3.9788; fee 8.12 × 0.04 × 0.49 × 0.51 = 0.08117.
    expect(sold.ok && [sold.walk.shares, sold.walk.notional, sold.fee]).toEqual([
      8_120_000, 3_978_800, 81_170,
    ]);
  });
});
