import { describe, expect, it } from 'vitest';
import {
  capitalLockedIn,
  gammaSaysResolved,
  redeemCandidate,
} from '../../../../lib/core/ctf/redeem-selection';

const market = { closed: true, resolutionStatus: 'resolved', negRisk: false };
const both = { sharesYes: 100_000_000, sharesNo: 100_000_000, status: 'active' as const };

describe('which positions wait for a redeem (polymarket-ctf.md §7)', () => {
  it('needs Gamma closed and resolved (old markets carry no status), then the chain decides', () => {
    expect(gammaSaysResolved({ closed: false, resolutionStatus: 'resolved' })).toBe(false);
    expect(gammaSaysResolved({ closed: true, resolutionStatus: 'proposed' })).toBe(false);
    expect(gammaSaysResolved({ closed: true, resolutionStatus: 'resolved' })).toBe(true);
    expect(gammaSaysResolved({ closed: true, resolutionStatus: null })).toBe(true);
    expect(redeemCandidate(both, { ...market, resolutionStatus: 'proposed' }, [1n, 0n])).toEqual({
      kind: 'open',
    });
    // Gamma resolved, chain not yet (payoutDenominator 0): nothing to redeem yet.
    expect(redeemCandidate(both, market, null)).toEqual({ kind: 'open' });
  });

  it('prices the redeem from the chain payouts: the winner pays $1 a share, both legs burned', () => {
    const c = redeemCandidate(both, market, [0n, 1n]);
    expect(c).toMatchObject({
      kind: 'redeemable',
      plan: {
        payout: 100_000_000,
        yesPayout: 0,
        noPayout: 100_000_000,
        burnYes: 100_000_000,
        burnNo: 100_000_000,
      },
    });
  });

  it('pays 50¢ a share on a 50/50 resolution, rounded down per side', () => {
    const c = redeemCandidate({ sharesYes: 3, sharesNo: 1, status: 'active' }, market, [1n, 1n]);
    expect(c).toMatchObject({ kind: 'redeemable', plan: { yesPayout: 1, noPayout: 0, payout: 1 } });
  });

  it('never offers a losing side worth 0 as money waiting', () => {
    const losing = { sharesYes: 0, sharesNo: 40_000_000, status: 'liquidated' as const };
    expect(redeemCandidate(losing, market, [1n, 0n])).toMatchObject({
      kind: 'worthless',
      plan: { payout: 0 },
    });
  });

  it('refuses a 50/50 on a neg-risk market (they resolve [1,0] or [0,1]) and redeems its winner', () => {
    const negRisk = { ...market, negRisk: true };
    expect(redeemCandidate(both, negRisk, [1n, 1n]).kind).toBe('invalid');
    expect(redeemCandidate(both, negRisk, [1n, 0n])).toMatchObject({
      kind: 'redeemable',
      plan: { payout: 100_000_000 },
    });
  });

  it('does nothing for a closed position or one holding nothing', () => {
    expect(redeemCandidate({ ...both, status: 'closed' }, market, [1n, 0n]).kind).toBe('empty');
    expect(redeemCandidate({ sharesYes: 0, sharesNo: 0, status: 'active' }, market, [1n, 0n]).kind).toBe(
      'empty',
    );
  });

  it('sums the capital locked over open positions only, 0 when none waits', () => {
    expect(capitalLockedIn([])).toBe(0);
    expect(
      capitalLockedIn([
        { status: 'active', redeem: { payout: 60_000_000 } },
        { status: 'liquidated', redeem: { payout: 1_500_000 } },
        { status: 'active' },
        { status: 'closed', redeem: { payout: 99_000_000 } },
      ]),
    ).toBe(61_500_000);
  });
});
