import type { Market } from '../../core/model/market';
import type { PositionRow } from '../../core/model/rows/positions';
import type { StrategyName } from '../../core/strategies/strategy-names';
import type { Settings } from '../../settings/schema';

/** The row of a position whose entry is about to be sent: nothing bought yet. */
export function openingRow(
  id: string,
  market: Market,
  mode: Settings['mode'],
  now: number,
  strategy: StrategyName,
): PositionRow {
  return {
    venue: market.venue,
    id,
    marketId: market.id,
    marketName: market.question,
    conditionId: market.conditionId,
    eventId: market.eventId,
    yesTokenId: market.yes.tokenId,
    noTokenId: market.no.tokenId,
    yesLabel: market.yes.label,
    noLabel: market.no.label,
    entryTime: now,
    entryPriceYes: 0,
    entryPriceNo: 0,
    capitalYes: 0,
    capitalNo: 0,
    sharesYes: 0,
    sharesNo: 0,
    currentPriceYes: null,
    currentPriceNo: null,
    status: 'opening',
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: 0,
    pnl: 0,
    mode,
    closeReason: null,
    closedAt: null,
    updatedAt: now,
    strategy,
    // Gamma's holding-reward flag at entry, when the market data tells (the position shows the estimate).
    ...(market.holdingRewardsEnabled !== undefined ? { holdingRewards: market.holdingRewardsEnabled } : {}),
  };
}
