import { describe, expect, it } from 'vitest';
import { decideEntry } from '../../../../lib/core/ctf/entry-decision';
import { gasCostMicros } from '../../../../lib/core/ctf/gas-cost';

const lvl = (price: number, size: number) => ({ price, size });
const relayer = { kind: 'relayer' } as const;
// 300k gas at 100 gwei = 0.03 POL; at $0.25 a POL that is $0.0075.
const eoa = {
  kind: 'eoa',
  gasUnits: 300_000,
  gasPriceWei: 100_000_000_000n,
  polPriceMicros: 250_000,
} as const;

describe('gas in pUSD', () => {
  it('converts POL gas at the given POL price, exactly', () => {
    expect(gasCostMicros(eoa)).toBe(7_500);
    expect(gasCostMicros(relayer)).toBe(0);
  });
  it('rounds a fraction of a micro up, never hiding a cost', () => {
    expect(gasCostMicros({ kind: 'eoa', gasUnits: 1, gasPriceWei: 1n, polPriceMicros: 1 })).toBe(1);
    expect(() => gasCostMicros({ ...eoa, gasUnits: -1 })).toThrow(RangeError);
  });
});

describe('entering N pairs: both books or a split at $1', () => {
  const yesAsks = [lvl(520_000, 6_000_000), lvl(530_000, 10_000_000)];
  const noAsks = [lvl(490_000, 20_000_000)];

  it('splits when the asks (plus taker fees) cost more than $1 a pair', () => {
    const d = decideEntry({
      pairs: 10_000_000,
      yesAsks,
      noAsks,
      feeRate: { rate: 0.04, exponent: 1 },
      gas: relayer,
    });
    // YES 6×0.52 + 4×0.53 = 5.24, NO 10×0.49 = 4.90; fees 0.05990 + 0.03986 + 0.09996 = 0.19972.
    expect(d.books).toMatchObject({ notional: 10_140_000, fees: 199_720, total: 10_339_720, filled: true });
    expect(d.split).toEqual({ total: 10_000_000, collateral: 10_000_000, gas: 0 });
    expect(d).toMatchObject({ method: 'split', reason: 'split-cheaper', saving: 339_720 });
  });

  it('adds an EOA’s gas to the split', () => {
    const d = decideEntry({
      pairs: 10_000_000,
      yesAsks,
      noAsks,
      feeRate: { rate: 0.04, exponent: 1 },
      gas: eoa,
    });
    expect(d.split.total).toBe(10_007_500);
    expect(d.saving).toBe(332_220);
  });

  it('buys the books when both asks sum below $1', () => {
    const d = decideEntry({
      pairs: 10_000_000,
      yesAsks: [lvl(400_000, 100_000_000)],
      noAsks: [lvl(550_000, 100_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
    });
    expect(d).toMatchObject({ method: 'books', reason: 'books-cheaper', saving: 500_000 });
    expect(d.books).toMatchObject({ total: 9_500_000, yesVwap: 400_000, noVwap: 550_000 });
  });

  it('splits on a tie for a gasless account, buys the books when gas breaks the tie', () => {
    const even = {
      pairs: 10_000_000,
      yesAsks: [lvl(500_000, 50_000_000)],
      noAsks: [lvl(500_000, 50_000_000)],
    };
    expect(decideEntry({ ...even, feeRate: { rate: 0, exponent: 1 }, gas: relayer })).toMatchObject({
      method: 'split',
      reason: 'same-cost-split',
      saving: 0,
    });
    expect(decideEntry({ ...even, feeRate: { rate: 0, exponent: 1 }, gas: eoa })).toMatchObject({
      method: 'books',
      reason: 'books-cheaper',
      saving: 7_500,
    });
  });

  it('splits when a book cannot supply the pairs, and says how many shares are missing', () => {
    const d = decideEntry({
      pairs: 10_000_000,
      yesAsks,
      noAsks: [lvl(100_000, 3_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
    });
    expect(d).toMatchObject({ method: 'split', reason: 'books-too-thin' });
    expect(d.books).toMatchObject({ filled: false, missingShares: 7_000_000 });
  });

  it('obeys a forced method and reports what it costs over the other', () => {
    const d = decideEntry({
      pairs: 10_000_000,
      yesAsks,
      noAsks,
      feeRate: { rate: 0.04, exponent: 1 },
      gas: relayer,
      choice: 'books',
    });
    expect(d).toMatchObject({ method: 'books', reason: 'forced', saving: -339_720 });
    const s = decideEntry({
      pairs: 10_000_000,
      yesAsks: [lvl(400_000, 100_000_000)],
      noAsks: [lvl(550_000, 100_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
      choice: 'split',
    });
    expect(s).toMatchObject({ method: 'split', reason: 'forced', saving: -500_000 });
  });

  it('refuses a negative or fractional pair count', () => {
    expect(() =>
      decideEntry({ pairs: -1, yesAsks, noAsks, feeRate: { rate: 0, exponent: 1 }, gas: relayer }),
    ).toThrow(RangeError);
    expect(() =>
      decideEntry({ pairs: 0.5, yesAsks, noAsks, feeRate: { rate: 0, exponent: 1 }, gas: relayer }),
    ).toThrow(RangeError);
  });
});
