import { describe, expect, it } from 'vitest';
import { HOUR, oneMarket, run, T0, usd } from './support';

/**
 * After a liquidation the winner is decided on again in the same pass (core recheckAfter), as the
 * live monitors do: a take-profit or stop-loss the liquidation makes reachable does not wait for the
 * next recorded price. Exact fills, $100 capital, 100 shares a side at 0.50.
 */
describe('engine: same-pass re-check after a liquidation', () => {
  it('takes profit at the liquidation point itself', () => {
    // h1: NO 0.35 (−30 %) → sell 100 NO for $35; then 35 + 97 − 100 = +32 % ≥ 30 % → take-profit now.
    const result = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.97, 0.35],
        [2, 0.5, 0.5],
      ]),
    );
    expect(result.exits.map((e) => [e.reason, e.time, e.netProceeds])).toEqual([
      ['liquidation', T0 + HOUR, usd(35)],
      ['take_profit', T0 + HOUR, usd(97)],
    ]);
    expect(result.trades[0]).toMatchObject({ pnl: usd(32), exitTime: T0 + HOUR, liquidatedSide: 'no' });
  });

  it('stops the loss at the liquidation point itself, and holds when the winner is within limits', () => {
    // h1: sell NO for $35; 35 + 45 − 100 = −20 % ≤ −15 % → stop-loss at h1, not at h2.
    const stopped = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.45, 0.35],
        [2, 0.9, 0.1],
      ]),
    );
    expect(stopped.exits.map((e) => [e.reason, e.time])).toEqual([
      ['liquidation', T0 + HOUR],
      ['stop_loss', T0 + HOUR],
    ]);
    // h1: 35 + 65 − 100 = 0 %: the re-check holds; h2: 35 + 95 − 100 = +30 % → take-profit.
    const held = run(
      oneMarket([
        [0, 0.5, 0.5],
        [1, 0.65, 0.35],
        [2, 0.95, 0.05],
      ]),
    );
    expect(held.exits.map((e) => [e.reason, e.time])).toEqual([
      ['liquidation', T0 + HOUR],
      ['take_profit', T0 + 2 * HOUR],
    ]);
  });
});
