import type { Position } from '../../../../lib/core/model/position';
import { NOW } from './markets';

/**
 * 100 YES + 100 NO bought at 0.50 on a market with fee rate 0.04: each leg cost $50 plus the taker
 * fee 100 × 0.04 × 0.5 × 0.5 = $1, so capital is $51 + $51 = $102 and $2 of fees are paid.
 */
export function makePosition(overrides: Partial<Position> = {}): Position {
  return {
    id: 'pos-1',
    marketId: '4024205',
    marketName: 'Spread: KVC Westerlo (-2.5)',
    conditionId: '0x52f00560cff47f0348c6a9b190ffeb7a03ac25a69d8500f6480b3a4531f99316',
    eventId: '941194',
    yesTokenId: 'yes-token',
    noTokenId: 'no-token',
    entryTime: NOW,
    entryPriceYes: 500_000,
    entryPriceNo: 500_000,
    capitalYes: 51_000_000,
    capitalNo: 51_000_000,
    sharesYes: 100_000_000,
    sharesNo: 100_000_000,
    currentPriceYes: 500_000,
    currentPriceNo: 500_000,
    status: 'active',
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: 2_000_000,
    pnl: 0,
    mode: 'paper',
    closeReason: null,
    closedAt: null,
    ...overrides,
  };
}
