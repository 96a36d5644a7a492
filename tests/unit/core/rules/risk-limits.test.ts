import { describe, expect, it } from 'vitest';
import {
  checkEntryRisk,
  dailyLossBreaker,
  type EntryCandidate,
  positionExposure,
  type RiskContext,
  type RiskLimits,
  realisedSince,
} from '../../../../lib/core/rules/risk-limits';
import { DAY, HOUR, NOW } from '../support/markets';
import { makePosition } from '../support/positions';

const limits: RiskLimits = {
  maxTotalExposureUsd: 500,
  maxPerEventUsd: 200,
  noEntryHoursBeforeEnd: 48,
  stopLossCooldownHours: 24,
  dailyLossLimitUsd: 50,
};
const candidate: EntryCandidate = {
  marketId: 'new-market',
  eventId: 'evt-new',
  endTime: NOW + 10 * DAY,
  capital: 100_000_000,
};
const context = (overrides: Partial<RiskContext> = {}): RiskContext => ({
  positions: [],
  killSwitch: false,
  maxPositions: 5,
  now: NOW,
  ...overrides,
});
// Each open position holds $102 of capital.
const openIn = (marketId: string, eventId: string | null = null) =>
  makePosition({ id: marketId, marketId, eventId });

describe('entry risk checks', () => {
  it('allows an entry within every limit', () => {
    expect(checkEntryRisk(candidate, context({ positions: [openIn('a')] }), limits)).toEqual({
      allowed: true,
    });
  });

  it('blocks everything while the kill switch is on', () => {
    expect(checkEntryRisk(candidate, context({ killSwitch: true }), limits)).toEqual({
      allowed: false,
      rule: 'kill_switch',
      message: 'The kill switch is on: no new positions',
      params: {},
    });
  });

  it('stops at the maximum number of open positions; closed ones do not count', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((m) => openIn(m));
    expect(checkEntryRisk(candidate, context({ positions: five, maxPositions: 5 }), limits)).toMatchObject({
      rule: 'max_positions',
      message: '5 positions are open, your limit is 5',
      params: { open: 5, max: 5 },
    });
    const closed = five.map((p) => ({ ...p, status: 'closed' as const }));
    expect(checkEntryRisk(candidate, context({ positions: closed }), limits).allowed).toBe(true);
  });

  it('never enters the same market twice', () => {
    const liquidated = makePosition({ marketId: 'new-market', status: 'liquidated', liquidatedSide: 'no' });
    expect(checkEntryRisk(candidate, context({ positions: [liquidated] }), limits)).toMatchObject({
      rule: 'already_in_market',
    });
  });

  it('refuses entries within N hours of the end', () => {
    const late = { ...candidate, endTime: NOW + 47 * HOUR };
    expect(checkEntryRisk(late, context(), limits)).toMatchObject({
      rule: 'too_close_to_end',
      message: 'Market ends within 48 h: no new entries',
    });
    expect(checkEntryRisk({ ...candidate, endTime: NOW + 48 * HOUR }, context(), limits).allowed).toBe(true);
    expect(checkEntryRisk({ ...candidate, endTime: null }, context(), limits).allowed).toBe(true);
  });

  it('waits out the cooldown after a stop-loss in the same market', () => {
    const stopped = (hoursAgo: number) =>
      makePosition({
        marketId: 'new-market',
        status: 'closed',
        closeReason: 'stop_loss',
        closedAt: NOW - hoursAgo * HOUR,
      });
    expect(checkEntryRisk(candidate, context({ positions: [stopped(23)] }), limits)).toMatchObject({
      rule: 'stop_loss_cooldown',
      message: 'Stopped out of this market less than 24 h ago',
    });
    expect(checkEntryRisk(candidate, context({ positions: [stopped(24)] }), limits).allowed).toBe(true);
    const tookProfit = makePosition({
      marketId: 'new-market',
      status: 'closed',
      closeReason: 'take_profit',
      closedAt: NOW,
    });
    expect(checkEntryRisk(candidate, context({ positions: [tookProfit] }), limits).allowed).toBe(true);
  });

  it('caps total exposure: 4 × $102 open + $100 = $508 > $500', () => {
    const four = ['a', 'b', 'c', 'd'].map((m) => openIn(m));
    expect(checkEntryRisk(candidate, context({ positions: four }), limits)).toEqual({
      allowed: false,
      rule: 'max_exposure',
      message: 'Exposure would reach $508, above your $500 limit',
      params: { exposureUsd: 508_000_000, limitUsd: 500_000_000 },
    });
    // A liquidated position that already returned $28.18 only exposes $73.82.
    const partly = [
      ...four.slice(0, 3),
      { ...four[3]!, status: 'liquidated' as const, realisedProceeds: 28_180_000 },
    ];
    expect(checkEntryRisk(candidate, context({ positions: partly }), limits).allowed).toBe(true);
  });

  it('counts neg-risk siblings of one event together', () => {
    const sibling = openIn('sibling', 'evt-new');
    const other = openIn('other', 'evt-other');
    expect(checkEntryRisk(candidate, context({ positions: [sibling, other] }), limits)).toEqual({
      allowed: false,
      rule: 'max_per_event',
      message: 'This event would hold $202, above your $200 per-event limit',
      params: { eventUsd: 202_000_000, limitUsd: 200_000_000 },
    });
    expect(
      checkEntryRisk(candidate, context({ positions: [sibling] }), { ...limits, maxPerEventUsd: null })
        .allowed,
    ).toBe(true);
    expect(
      checkEntryRisk({ ...candidate, eventId: null }, context({ positions: [sibling] }), limits).allowed,
    ).toBe(true);
  });

  it('measures exposure of open positions only', () => {
    expect(positionExposure(makePosition())).toBe(102_000_000);
    expect(positionExposure(makePosition({ status: 'closed' }))).toBe(0);
    expect(positionExposure(makePosition({ realisedProceeds: 500_000_000 }))).toBe(0);
  });
});

describe('daily loss breaker', () => {
  const dayStart = NOW - 6 * HOUR;
  const closedWith = (pnl: number, closedAt: number) => makePosition({ status: 'closed', pnl, closedAt });

  it('trips when today’s realised loss exceeds the limit', () => {
    const today = [closedWith(-30_000_000, NOW - HOUR), closedWith(-25_000_000, NOW - 2 * HOUR)];
    expect(realisedSince(today, dayStart)).toBe(-55_000_000);
    expect(dailyLossBreaker(today, dayStart, limits)).toBe('trip');
  });

  it('nets gains against losses, ignores yesterday and open positions, and allows exactly the limit', () => {
    const mixed = [
      closedWith(-80_000_000, NOW - HOUR),
      closedWith(30_000_000, NOW - HOUR),
      closedWith(-500_000_000, dayStart - 1),
      makePosition({ pnl: -900_000_000 }),
    ];
    expect(realisedSince(mixed, dayStart)).toBe(-50_000_000);
    expect(dailyLossBreaker(mixed, dayStart, limits)).toBe('ok');
    expect(dailyLossBreaker([closedWith(-1e12, NOW)], dayStart, { ...limits, dailyLossLimitUsd: null })).toBe(
      'ok',
    );
  });
});
