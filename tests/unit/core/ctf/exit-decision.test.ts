import { describe, expect, it } from 'vitest';
import { decideExit } from '../../../../lib/core/ctf/exit-decision';

const lvl = (price: number, size: number) => ({ price, size });
const relayer = { kind: 'relayer' } as const;
const eoa = {
  kind: 'eoa',
  gasUnits: 300_000,
  gasPriceWei: 100_000_000_000n,
  polPriceMicros: 250_000,
} as const;
// The doc's example: 40 YES and 25 NO.
const held = { yesShares: 40_000_000, noShares: 25_000_000 };

describe('leaving a position: sell both sides or merge the pairs at $1', () => {
  it('merges 25 pairs and sells the 15 unpaired YES when the bids sum below $1', () => {
    const d = decideExit({
      ...held,
      yesBids: [lvl(450_000, 100_000_000)],
      noBids: [lvl(500_000, 100_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
    });
    // Books: 40×0.45 + 25×0.50 = 30.50. Merge: 25 + 15×0.45 = 31.75.
    expect(d.books).toMatchObject({ net: 30_500_000, unsold: 0 });
    expect(d.merge).toMatchObject({ merged: 25_000_000, gas: 0, net: 31_750_000 });
    expect(d.merge.rest).toMatchObject({ side: 'yes', shares: 15_000_000, net: 6_750_000 });
    expect(d).toMatchObject({ method: 'merge', reason: 'merge-pays-more', gain: 1_250_000 });
  });

  it('sells into the books when the bids sum above $1', () => {
    const d = decideExit({
      ...held,
      yesBids: [lvl(520_000, 100_000_000)],
      noBids: [lvl(500_000, 100_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
    });
    // Books: 20.80 + 12.50 = 33.30. Merge: 25 + 7.80 = 32.80.
    expect(d).toMatchObject({ method: 'books', reason: 'books-pay-more', gain: 500_000 });
  });

  it('counts taker fees on every sale and gas on the merge', () => {
    const d = decideExit({
      yesShares: 10_000_000,
      noShares: 10_000_000,
      yesBids: [lvl(500_000, 100_000_000)],
      noBids: [lvl(500_000, 100_000_000)],
      feeRate: { rate: 0.04, exponent: 1 },
      gas: eoa,
    });
    // Each side: 10 × 0.5 = 5, fee 10 × 0.04 × 0.25 = 0.10.
    expect(d.books).toMatchObject({ gross: 10_000_000, fees: 200_000, net: 9_800_000 });
    expect(d.merge).toMatchObject({ merged: 10_000_000, gas: 7_500, net: 9_992_500 });
    expect(d).toMatchObject({ method: 'merge', gain: 192_500 });
  });

  it('merges when the bids cannot absorb a side', () => {
    const d = decideExit({
      ...held,
      yesBids: [lvl(600_000, 100_000_000)],
      noBids: [lvl(500_000, 5_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
    });
    expect(d.books.unsold).toBe(20_000_000);
    expect(d).toMatchObject({ method: 'merge', reason: 'books-too-thin' });
    expect(d.merge.unsold).toBe(0);
  });

  it('sells when there is no pair to merge', () => {
    const d = decideExit({
      yesShares: 10_000_000,
      noShares: 0,
      yesBids: [lvl(450_000, 100_000_000)],
      noBids: [],
      feeRate: { rate: 0, exponent: 1 },
      gas: eoa,
    });
    expect(d).toMatchObject({ method: 'books', reason: 'nothing-to-merge' });
    expect(d.merge).toMatchObject({ merged: 0, gas: 0 });
  });

  it('merges exactly the pairs held when both sides are equal, with nothing left to sell', () => {
    const d = decideExit({
      yesShares: 7_000_000,
      noShares: 7_000_000,
      yesBids: [],
      noBids: [],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
      choice: 'merge',
    });
    expect(d).toMatchObject({ method: 'merge', reason: 'forced' });
    expect(d.merge).toMatchObject({ merged: 7_000_000, net: 7_000_000, rest: { side: null, shares: 0 } });
  });

  it('obeys a forced sale even when merging pays more', () => {
    const d = decideExit({
      ...held,
      yesBids: [lvl(450_000, 100_000_000)],
      noBids: [lvl(500_000, 100_000_000)],
      feeRate: { rate: 0, exponent: 1 },
      gas: relayer,
      choice: 'books',
    });
    expect(d).toMatchObject({ method: 'books', reason: 'forced', gain: -1_250_000 });
  });
});

describe('the unpaired rest below the minimum order size', () => {
  const book = {
    yesBids: [lvl(450_000, 100_000_000)],
    noBids: [lvl(500_000, 100_000_000)],
    feeRate: { rate: 0, exponent: 1 },
    gas: relayer,
  };

  it('sells both sides rather than merge and strand 1 share the book will not take', () => {
    const d = decideExit({ ...book, yesShares: 10_000_000, noShares: 9_000_000, minOrderSize: 5_000_000 });
    expect(d.merge).toMatchObject({ merged: 9_000_000, unsold: 1_000_000, net: 9_000_000 });
    expect(d.merge.rest).toMatchObject({ side: 'yes', shares: 1_000_000, unsold: 1_000_000 });
    expect(d).toMatchObject({ method: 'books', reason: 'merge-leaves-dust' });
    expect(d.books).toMatchObject({ unsold: 0, net: 9_000_000 });
  });

  it('counts a side below the minimum as unsold in the books too', () => {
    const d = decideExit({ ...book, yesShares: 10_000_000, noShares: 4_000_000, minOrderSize: 5_000_000 });
    expect(d.books.unsold).toBe(4_000_000);
    expect(d).toMatchObject({ method: 'merge', reason: 'books-too-thin' });
  });
});
