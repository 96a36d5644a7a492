import { describe, expect, it } from 'vitest';
import { closedInPeriod } from '../../../components/dashboard/history/ClosedEdge';
import { emptyHistoryFilter } from '../../../components/dashboard/history/history-filter';
import { edgeVerdictText } from '../../../components/ui/edge-text';
import { positionsEdge } from '../../../lib/core/backtest/edge/trade-returns';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { makePosition } from '../core/support/positions';
import { localeMessages, lookupIn } from './locale-messages';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

/** A closed position of $102 capital with the given P&L (micros) and close time. */
function closed(i: number, pnl: number, over: Partial<PositionRow> = {}): PositionRow {
  return {
    ...makePosition({ id: `p${i}`, status: 'closed', pnl, closedAt: T0 + i * DAY }),
    yesLabel: 'Yes',
    noLabel: 'No',
    updatedAt: T0 + i * DAY,
    strategy: 'balancing',
    ...over,
  };
}

describe("the bot's own record, as the history view shows it", () => {
  const paperLosers = Array.from({ length: 35 }, (_, i) => closed(i, -10_200_000 - (i % 7) * 1_020_000));
  const live = [closed(100, 5_100_000, { mode: 'live' }), closed(101, -2_040_000, { mode: 'live' })];
  const open = closed(200, 0, { status: 'active', closedAt: null });
  const all = [...paperLosers, ...live, open];

  it('keeps the closed positions of the period and mode shown, never an open one', () => {
    expect(closedInPeriod(all, emptyHistoryFilter)).toHaveLength(37);
    expect(closedInPeriod(all, { ...emptyHistoryFilter, mode: 'live' }).map((p) => p.id)).toEqual([
      'p100',
      'p101',
    ]);
    const week = closedInPeriod(all, { ...emptyHistoryFilter, from: T0 + 2 * DAY, to: T0 + 8 * DAY });
    expect(week.map((p) => p.id)).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
  });

  it('says a steadily losing paper record is negative, and two live trades prove nothing (EN and FR)', () => {
    const en = lookupIn(localeMessages('en'));
    const fr = lookupIn(localeMessages('fr'));
    const paper = positionsEdge(closedInPeriod(all, { ...emptyHistoryFilter, mode: 'paper' }));
    expect(edgeVerdictText(paper, en, 'en-US')).toMatch(
      /^Edge: negative — mean per trade −13\.0 % \(95 % CI −1\d\.\d % to −1\d\.\d %\), 35 trades$/,
    );
    const livePositions = positionsEdge(closedInPeriod(all, { ...emptyHistoryFilter, mode: 'live' }));
    expect(edgeVerdictText(livePositions, en, 'en-US')).toBe(
      'Edge: inconclusive (fewer than 30 trades) — mean per trade +1.5 % (95 % CI −2.0 % to +5.0 %), 2 trades',
    );
    expect(edgeVerdictText(livePositions, fr, 'fr-FR').replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Avantage : non concluant (moins de 30 positions) — moyenne par position +1,5 % (IC à 95 % de −2,0 % à +5,0 %), 2 positions',
    );
  });
});
