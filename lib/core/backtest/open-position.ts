import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import type { Position } from '../model/position';
import type { MarketInfo } from './compiled-dataset';

/** What one entry leg got: shares, their cost (fees excluded), the taker fee and the average price. */
export interface LegFill {
  side: OutcomeSide;
  shares: Micros;
  cost: Micros;
  fee: Micros;
  vwap: Micros;
}

/**
 * The position a filled entry opens, with the core's accounting convention (model/position.ts):
 * capital per side includes its entry fee; a side not bought has no shares, capital or entry price.
 */
export function openPosition(
  id: string,
  market: MarketInfo,
  legs: readonly LegFill[],
  now: number,
): Position {
  const yes = legs.find((l) => l.side === 'yes');
  const no = legs.find((l) => l.side === 'no');
  return {
    id,
    marketId: market.id,
    marketName: market.question,
    conditionId: market.id,
    eventId: null,
    yesTokenId: market.yesTokenId,
    noTokenId: market.noTokenId,
    entryTime: now,
    entryPriceYes: yes?.vwap ?? 0,
    entryPriceNo: no?.vwap ?? 0,
    capitalYes: yes ? yes.cost + yes.fee : 0,
    capitalNo: no ? no.cost + no.fee : 0,
    sharesYes: yes?.shares ?? 0,
    sharesNo: no?.shares ?? 0,
    currentPriceYes: yes?.vwap ?? null,
    currentPriceNo: no?.vwap ?? null,
    status: 'active',
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: (yes?.fee ?? 0) + (no?.fee ?? 0),
    pnl: 0,
    mode: 'paper',
    closeReason: null,
    closedAt: null,
  };
}
