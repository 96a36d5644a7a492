import { describe, expect, it } from 'vitest';
import { DAY, HOUR, oneMarket, run, T0, usd } from './support';

/**
 * Hand-computed replays with exact fills (zero spread, deep book, fee 0 unless stated). Cash $1,000,
 * 10 % per position → $100 capital, $50 per side. At YES 0.50 / NO 0.50 each side buys 100 shares.
 */
describe('engine: every exit reason, by hand', () => {
  it('liquidation then take-profit', () => {
    // h1: NO 0.35 dropped 30 % → sell 100 NO for $35 (event pnl 35 − 50 = −15).
    // h2: 35 + 66 − 100 = +1 %: hold. h3: 35 + 95 − 100 = +30 % → take-profit, sell 100 YES for $95.
    const result = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.65, 0.35],
        [2, 0.66, 0.34],
        [3, 0.95, 0.05],
      ]),
    );
    expect(result.exits.map((e) => [e.reason, e.time, e.netProceeds, e.pnl])).toEqual([
      ['liquidation', T0 + HOUR, usd(35), usd(-15)],
      ['take_profit', T0 + 3 * HOUR, usd(95), usd(45)],
    ]);
    const [trade] = result.trades;
    expect(trade).toMatchObject({ capital: usd(100), pnl: usd(30), return: 0.3, exitReason: 'take_profit' });
    expect(trade).toMatchObject({ liquidatedSide: 'no', liquidatedAt: T0 + HOUR, sides: ['yes', 'no'] });
    expect(result.finalEquity).toBe(usd(1030));
    expect(result.fills).toEqual({ book: 0, synthetic: 4 });
  });

  it('liquidation then stop-loss (the whipsaw)', () => {
    // h2: YES back to 0.50: 35 + 50 − 100 = −15 % → stop-loss, sell 100 YES for $50 (event pnl 0).
    const result = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.65, 0.35],
        [2, 0.5, 0.5],
      ]),
    );
    expect(result.exits.map((e) => [e.reason, e.pnl])).toEqual([
      ['liquidation', usd(-15)],
      ['stop_loss', 0],
    ]);
    expect(result.trades[0]).toMatchObject({ pnl: usd(-15), exitReason: 'stop_loss' });
    expect(result.finalEquity).toBe(usd(985));
  });

  it('resolution pays held shares 1 or 0, only at resolvedAt (TP/SL off: hold the winner)', () => {
    // Resolved YES at h5 with no price event then: 100 YES pay $100; pnl = 35 + 100 − 100 = 35.
    const dataset = oneMarket(
      [
        [0, 0.5, 0.5],
        [1, 0.65, 0.35],
        [2, 0.9, 0.1],
      ],
      {
        resolution: { outcome: 0, resolvedAt: T0 + 5 * HOUR },
      },
    );
    const result = run(dataset, { params: { takeProfitEnabled: false, stopLossEnabled: false } });
    expect(result.exits.map((e) => [e.reason, e.time, e.netProceeds, e.fee, e.pnl])).toEqual([
      ['liquidation', T0 + HOUR, usd(35), 0, usd(-15)],
      ['resolution', T0 + 5 * HOUR, usd(100), 0, usd(50)],
    ]);
    expect(result.trades[0]).toMatchObject({ pnl: usd(35), exitReason: 'resolution' });
    expect(result.end).toBe(T0 + 5 * HOUR);
  });

  it('end of data sells what is held at the last prices', () => {
    // h1: YES 0.55 / NO 0.44: no divergence (NO −12 %), P&L −1 %. Data ends: 55 + 44 − 100 = −1.
    const result = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.55, 0.44],
      ]),
    );
    expect(result.exits.map((e) => [e.reason, e.time, e.netProceeds, e.pnl])).toEqual([
      ['end_of_data', T0 + HOUR, usd(99), usd(-1)],
    ]);
    expect(result.trades[0]).toMatchObject({ pnl: usd(-1), exitReason: 'end_of_data' });
  });

  it('never enters a market twice, nor one whose resolution is already public', () => {
    const twice = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.65, 0.35],
        [2, 0.5, 0.5],
        [3, 0.5, 0.5],
        [4, 0.5, 0.5],
      ]),
    );
    expect(twice.trades).toHaveLength(1);
    const resolved = run(
      oneMarket(
        [
          [0, 0.5, 0.5],
          [1, 0.5, 0.5],
        ],
        { resolution: { outcome: 1, resolvedAt: T0 - DAY } },
      ),
    );
    expect(resolved.trades).toHaveLength(0);
  });

  it('respects the entry rules: outside the band, or ending within 24 h, no entry', () => {
    expect(
      run(
        oneMarket([
          [0, 0.7, 0.3],
          [1, 0.7, 0.3],
        ]),
      ).trades,
    ).toHaveLength(0);
    expect(
      run(
        oneMarket(
          [
            [0, 0.5, 0.5],
            [1, 0.5, 0.5],
          ],
          { endTime: T0 + 10 * HOUR },
        ),
      ).trades,
    ).toHaveLength(0);
  });
});
