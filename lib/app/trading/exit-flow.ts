import type { Market } from '../../core/model/market';
import type { OutcomeSide } from '../../core/model/outcome-side';
import type { CloseReason } from '../../core/model/position';
import type { PositionRow } from '../../core/model/rows/positions';
import type { TradeRow } from '../../core/model/rows/trades';
import { venueOf } from '../../core/model/venue';
import type { MarketBooks } from '../../core/rules/eligibility';
import { closePosition, SHARE_DUST } from '../../core/rules/fill-accounting';
import { resolutionPayout } from '../../core/rules/resolution';
import { type SellOrder, sellHeldSide } from '../../core/rules/sell-order';
import { venueHasCtf } from '../../core/venues/venue-ctf';
import type { Settings } from '../../settings/schema';
import type { TradeReason } from './apply-order-result';
import { loadMarket, loadSnapshot } from './market-snapshot';
import { mergePairsFirst } from './merge-exit';
import { sellRequest } from './order-requests';
import { runOrder } from './run-order';
import type { TradingDeps } from './trading-deps';

/** Market and books for an exit: the monitor's own (same pass) or freshly fetched. */
export interface ExitContext {
  market: Market;
  books: MarketBooks;
  /** The settings the monitor decided with (read once per event or pass). */
  settings?: Settings;
}

async function contextFor(
  deps: TradingDeps,
  position: PositionRow,
  given?: ExitContext,
): Promise<ExitContext> {
  if (given) return given;
  const market = await loadMarket(deps.marketData, position.marketId);
  const snapshot = await loadSnapshot(deps.marketData, market);
  return { market, books: { yes: snapshot.yes, no: snapshot.no } };
}

/** The trade reason of a sale made to close a position. */
function closeTradeReason(reason: CloseReason): TradeReason {
  if (reason === 'redeemed') return 'redeem';
  return reason === 'entry_failed' ? 'unwind' : reason;
}

const held = (p: PositionRow, side: OutcomeSide) => (side === 'yes' ? p.sharesYes : p.sharesNo);

/**
 * Sell every share of the losing side (strategy.md Monitor 1); the position becomes liquidated. A
 * monitor decision's order is sent exactly as decided; without one it is built by the same core
 * sellOrder from the books.
 */
export async function liquidateSide(
  deps: TradingDeps,
  position: PositionRow,
  side: OutcomeSide,
  given?: ExitContext,
  decided?: SellOrder,
): Promise<PositionRow | undefined> {
  if (position.status !== 'active' || held(position, side) <= 0) return position;
  const { market, books } = await contextFor(deps, position, given);
  const order = decided ?? sellHeldSide(position, side, books, market.fee);
  if (!order) return position;
  const request = sellRequest(order, books[side], market);
  const outcome = await runOrder(deps, position, { side, reason: 'liquidation', request }, given?.settings);
  return outcome.kind === 'answered' ? outcome.position : position;
}

/**
 * Sell everything held (take-profit, stop-loss, manual, kill switch), merging the pairs instead when
 * that returns more (merge-exit.ts). The reason is written on the position first, so a worker killed between the two sales finishes the close on its next pass. A
 * monitor decision's orders are sent exactly as decided; a manual close or the kill switch builds
 * them with the same core sellOrder.
 */
export async function sellEverything(
  deps: TradingDeps,
  position: PositionRow,
  reason: CloseReason,
  given?: ExitContext,
  decided?: readonly SellOrder[],
): Promise<PositionRow | undefined> {
  if (position.status === 'closed' || position.status === 'opening') return position;
  const now = deps.clock.now();
  let current: PositionRow | undefined = position;
  if (position.closeReason === null) {
    current = { ...position, closeReason: reason, updatedAt: now };
    await deps.store.positions.put(current);
  }
  const context = await contextFor(deps, current, given);
  // Both sides still held: merge the pairs back into pUSD when that returns more (core decideExit),
  // then sell only the unpaired rest, its order built afresh by the one sell builder.
  const merge = await mergePairsFirst(
    deps,
    current,
    reason,
    closeTradeReason(current.closeReason ?? reason),
    context,
  );
  if (merge.kind === 'pending') return merge.position;
  current = merge.position;
  const sells = merge.kind === 'merged' ? undefined : decided;
  for (const side of ['yes', 'no'] as const) {
    if (!current || current.status === 'closed') return current;
    if (held(current, side) <= 0) continue;
    const order = sells
      ? sells.find((sell) => sell.side === side)
      : sellHeldSide(current, side, context.books, context.market.fee);
    if (!order) continue;
    const request = sellRequest(order, context.books[side], context.market);
    const tradeReason = closeTradeReason(current.closeReason ?? reason);
    const outcome = await runOrder(deps, current, { side, reason: tradeReason, request }, given?.settings);
    if (outcome.kind !== 'answered' || outcome.result.status !== 'filled')
      return outcome.kind === 'answered' ? outcome.position : current;
    current = outcome.position;
  }
  if (
    current &&
    current.status !== 'closed' &&
    current.sharesYes < SHARE_DUST &&
    current.sharesNo < SHARE_DUST
  ) {
    current = { ...current, ...closePosition(current, current.closeReason ?? reason, 0, deps.clock.now()) };
    await deps.store.positions.put(current);
  }
  return current;
}

/** The trade rows of a resolution: each held side "sold" at 1 (winner) or 0 (loser), no fee. */
function resolutionTrades(position: PositionRow, winner: 0 | 1, now: number): TradeRow[] {
  const payout = resolutionPayout(position, winner);
  const legs = [
    { side: 'yes' as const, shares: position.sharesYes, amount: payout.yes, won: winner === 0 },
    { side: 'no' as const, shares: position.sharesNo, amount: payout.no, won: winner === 1 },
  ];
  return legs
    .filter((leg) => leg.shares > 0)
    .map((leg) => ({
      venue: venueOf(position),
      id: `resolution-${position.id}-${leg.side}`,
      positionId: position.id,
      marketId: position.marketId,
      marketName: position.marketName,
      intentId: `resolution-${position.id}`,
      side: leg.side,
      action: 'sell' as const,
      reason: 'resolution' as const,
      price: leg.won ? 1_000_000 : 0,
      amount: leg.amount,
      shares: leg.shares,
      fee: 0,
      transactionHash: null,
      orderId: null,
      status: 'filled' as const,
      error: null,
      mode: position.mode,
      executedAt: now,
    }));
}

/**
 * The market resolved: held shares pay 1 or 0, no order is sent. A paper position's payout goes
 * back to the paper balance at once (settled before the position is closed, idempotently, so a
 * worker killed in between never pays twice). A live position stays open, its capital locked on
 * chain, until it is redeemed (lib/app/redeem: on request, or automatically when the setting says so).
 * A live position on a venue without the CTF (Kalshi) is paid by the venue itself at settlement:
 * closed at its payout, nothing to redeem.
 */
export async function resolvePosition(
  deps: TradingDeps,
  position: PositionRow,
  winner: 0 | 1,
): Promise<PositionRow> {
  if (position.mode === 'live' && venueHasCtf(venueOf(position))) return position;
  const payout = resolutionPayout(position, winner);
  if (position.mode === 'paper') {
    const exchange = await deps.exchangeFor('paper', await deps.settings(), venueOf(position));
    await exchange.settleResolution?.({
      key: `resolution-${position.id}`,
      legs: [
        { tokenId: position.yesTokenId, shares: position.sharesYes, payout: payout.yes },
        { tokenId: position.noTokenId, shares: position.sharesNo, payout: payout.no },
      ].filter((leg) => leg.shares > 0),
    });
  }
  const now = deps.clock.now();
  const closed: PositionRow = {
    ...position,
    ...closePosition(position, 'resolution', payout.total, now),
    updatedAt: now,
  };
  await deps.store.transaction(['trades', 'positions'], async () => {
    for (const trade of resolutionTrades(position, winner, now)) await deps.store.trades.put(trade);
    await deps.store.positions.put(closed);
  });
  return closed;
}
