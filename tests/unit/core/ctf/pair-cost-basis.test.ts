import { describe, expect, it } from 'vitest';
import { gasCostMicros } from '../../../../lib/core/ctf/gas-cost';
import { MODELLED_GAS_UNITS, modelledGas, paysOwnGas } from '../../../../lib/core/ctf/gas-model';
import { shareAPair, yesPartByMids } from '../../../../lib/core/ctf/pair-cost-basis';

describe('the cost basis of a split (and the proceeds of a merge) per leg', () => {
  it('shares $100 of pairs by the mids: YES at 60¢ and NO at 40¢ cost $60 and $40, i.e. 60¢ and 40¢ a share', () => {
    const s = shareAPair(100_000_000, 0, { yes: 600_000, no: 400_000 });
    expect(s.yes).toEqual({ amount: 60_000_000, fee: 0, price: 600_000 });
    expect(s.no).toEqual({ amount: 40_000_000, fee: 0, price: 400_000 });
  });

  it('mids that do not add up to $1 are normalised: 52¢ / 50¢ share a pair 50.98 % / 49.02 %', () => {
    const s = shareAPair(10_000_000, 0, { yes: 520_000, no: 500_000 });
    expect(s.yes.amount).toBe(5_098_039);
    expect(s.yes.amount + s.no.amount).toBe(10_000_000);
  });

  it('the gas is split half and half, the odd micro to NO, and both legs add up to the exact totals', () => {
    const s = shareAPair(33_333_330, 2_937, { yes: 333_000, no: 667_000 });
    expect(s.yes.fee).toBe(1_468);
    expect(s.no.fee).toBe(1_469);
    expect(s.yes.amount + s.no.amount).toBe(33_333_330);
    expect(s.yes.amount + s.yes.fee + s.no.amount + s.no.fee).toBe(33_333_330 + 2_937);
  });

  it('without a mid on either side the pair is shared 50/50', () => {
    expect(yesPartByMids(1_000_001, null, 400_000)).toBe(500_000);
    expect(shareAPair(2_000_000, 0, { yes: 0, no: 500_000 }).no.price).toBe(500_000);
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => shareAPair(-1, 0, { yes: null, no: null })).toThrow(RangeError);
    expect(() => shareAPair(1, 0.5, { yes: null, no: null })).toThrow(RangeError);
  });
});

describe('the modelled gas of paper and the backtest', () => {
  it('a plain wallet pays about a third of a cent for a standard split at 50 gwei and 25¢ per POL', () => {
    const gas = modelledGas('split', false, paysOwnGas(0));
    expect(gas.kind).toBe('eoa');
    // 234,893 units × 50 gwei = 0.01174 POL × $0.25 = $0.002936…, rounded up to the micro.
    expect(gasCostMicros(gas)).toBe(2_937);
  });

  it('neg-risk operations cost more gas; relayer accounts (types 1–3) pay nothing', () => {
    expect(MODELLED_GAS_UNITS.negRisk.split).toBeGreaterThan(MODELLED_GAS_UNITS.standard.split);
    expect(gasCostMicros(modelledGas('merge', true, true))).toBeGreaterThan(
      gasCostMicros(modelledGas('merge', false, true)),
    );
    for (const type of [1, 2, 3])
      expect(modelledGas('split', false, paysOwnGas(type))).toEqual({ kind: 'relayer' });
  });
});
