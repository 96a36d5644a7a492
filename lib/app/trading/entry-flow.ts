import type { OutcomeSide } from '../../core/model/outcome-side';
import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PositionRow } from '../../core/model/rows/positions';
import { venueOf } from '../../core/model/venue';
import {
  haltedEntryStep,
  type LegProgress,
  nextEntryStep,
  nextOneLegStep,
} from '../../core/rules/entry-progress';
import { closePosition } from '../../core/rules/fill-accounting';
import { sellOrder } from '../../core/rules/sell-order';
import { type EntryPlan, planLeg } from '../../core/rules/sizing';
import { sizingMessage } from '../../core/rules/sizing-text';
import { isSingleSide } from '../../core/strategies/strategy-names';
import { isAppError } from '../../errors/app-error';
import { REGION_CLOSE_ONLY } from '../ports/exchange-port';
import { loadMarket, loadSnapshot, type MarketSnapshot } from './market-snapshot';
import { buyRequest, sellRequest } from './order-requests';
import { runOrder } from './run-order';
import { runSplitEntry } from './split-entry';
import type { TradingDeps } from './trading-deps';

const MAX_STEPS = 8;

function progress(position: PositionRow, intents: OrderIntentRow[], side: OutcomeSide): LegProgress {
  const buys = intents.filter((i) => i.side === side && i.action === 'buy');
  return {
    shares: side === 'yes' ? position.sharesYes : position.sharesNo,
    failedBuys: buys.filter((i) => i.status === 'failed').length,
    filledBuys: buys.filter((i) => i.status === 'filled').length,
  };
}

/** A leg that cannot even be planned on the fresh book counts as a failed attempt (no order sent). */
async function recordUnplannable(
  deps: TradingDeps,
  position: PositionRow,
  side: OutcomeSide,
  message: string,
) {
  const now = deps.clock.now();
  const id = deps.ids.next();
  await deps.store.orderIntents.create({
    venue: venueOf(position),
    id,
    positionId: position.id,
    marketId: position.marketId,
    tokenId: side === 'yes' ? position.yesTokenId : position.noTokenId,
    side,
    action: 'buy',
    reason: 'entry_retry',
    orderType: 'FOK',
    limitPrice: 0,
    amount: 0,
    mode: position.mode,
    status: 'failed',
    exchangeOrderId: null,
    clientKey: `unsent-${id}`,
    filledShares: 0,
    filledAmount: 0,
    fee: 0,
    error: message,
    createdAt: now,
    updatedAt: now,
  });
}

async function buyLeg(
  deps: TradingDeps,
  position: PositionRow,
  intents: OrderIntentRow[],
  side: OutcomeSide,
  attempt: 1 | 2,
  plan: EntryPlan | null,
): Promise<boolean> {
  const market = await loadMarket(deps.marketData, position.marketId);
  const snapshot = await loadSnapshot(deps.marketData, market);
  const book = snapshot[side];
  let leg = attempt === 1 && plan ? plan[side] : null;
  if (!leg) {
    const filled = intents.find((i) => i.action === 'buy' && i.status === 'filled');
    const budget = plan?.[side]?.budget ?? filled?.amount ?? 0;
    const settings = await deps.settings();
    const fresh = planLeg(side, book, budget, {
      bankroll: 0,
      freeCollateral: 0,
      books: { yes: snapshot.yes, no: snapshot.no },
      feeRate: market.fee,
      params: settings.strategy,
    });
    if (!fresh.ok) {
      await recordUnplannable(deps, position, side, sizingMessage(fresh));
      return true;
    }
    leg = fresh.leg;
  }
  let outcome: Awaited<ReturnType<typeof runOrder>>;
  try {
    outcome = await runOrder(deps, position, {
      side,
      reason: attempt === 1 ? 'entry' : 'entry_retry',
      request: buyRequest(leg, book, market),
    });
  } catch (error) {
    // The region turned close-only mid-entry: no buy may leave; count the leg as failed so the
    // flow unwinds what was bought or abandons the entry.
    if (!isAppError(error) || error.code !== REGION_CLOSE_ONLY) throw error;
    await recordUnplannable(deps, position, side, error.message);
    return true;
  }
  return outcome.kind === 'answered';
}

async function unwind(deps: TradingDeps, position: PositionRow, side: OutcomeSide): Promise<boolean> {
  const market = await loadMarket(deps.marketData, position.marketId);
  const snapshot = await loadSnapshot(deps.marketData, market);
  const shares = side === 'yes' ? position.sharesYes : position.sharesNo;
  const order = sellOrder(side, snapshot[side], shares, market.fee);
  if (!order) {
    await deps.store.positions.put({
      ...position,
      ...closePosition(position, 'entry_failed', 0, deps.clock.now()),
    });
    return true;
  }
  const request = sellRequest(order, snapshot[side], market);
  const outcome = await runOrder(deps, position, { side, reason: 'unwind', request });
  return outcome.kind === 'answered' && outcome.result.status === 'filled';
}

function plannedSide(plan: EntryPlan | null): OutcomeSide | null {
  if (plan?.yes) return 'yes';
  return plan?.no ? 'no' : null;
}

/**
 * Drive an opening position to its end, one stored step at a time (core nextEntryStep): buy YES,
 * buy NO, retry a failed leg once on a fresh book, unwind a lone filled leg, or abandon; a
 * single-side position (core nextOneLegStep) buys its one leg or is abandoned. Stops when
 * the position is active or closed, when an order's outcome is unknown (reconcile first), or when an
 * unwind could not sell (the next pass tries again: the position stays visible as opening). A
 * position entered by split (its row says so) is minted in one step by runSplitEntry instead.
 */
export async function advanceEntry(
  deps: TradingDeps,
  positionId: string,
  plan: EntryPlan | null,
  snapshot?: MarketSnapshot,
) {
  for (let i = 0; i < MAX_STEPS; i++) {
    const position = await deps.store.positions.get(positionId);
    if (position?.status !== 'opening') return position;
    // An entry by split is one operation through the CTF port (idempotent per position): no legs.
    if (position.entryMethod === 'split') return runSplitEntry(deps, position, snapshot);
    const intents = await deps.store.orderIntents.listByPosition(positionId);
    if (intents.some((x) => x.status === 'pending' || x.status === 'sent' || x.status === 'unknown')) {
      return position;
    }
    const yes = progress(position, intents, 'yes');
    const no = progress(position, intents, 'no');
    const planned = isSingleSide(position.strategy)
      ? nextOneLegStep(yes, no, plannedSide(plan))
      : nextEntryStep(yes, no, plan !== null);
    // Read before every step: the kill switch turned on mid-entry stops the next buy.
    const next = (await deps.settings()).killSwitch ? haltedEntryStep(planned, yes, no) : planned;
    const now = deps.clock.now();
    if (next.kind === 'activate') {
      await deps.store.positions.put({ ...position, status: 'active', updatedAt: now });
    } else if (next.kind === 'abort') {
      await deps.store.positions.put({
        ...position,
        ...closePosition(position, 'entry_failed', 0, now),
        updatedAt: now,
      });
      deps.logger.info('entry abandoned', { positionId });
      // Nothing was bought: a single-side strategy may enter this market on its reference later.
      if (isSingleSide(position.strategy))
        await deps.store.priceReferences.markEntered(position.marketId, position.mode, null);
    } else if (next.kind === 'buy') {
      if (!(await buyLeg(deps, position, intents, next.side, next.attempt, plan))) return position;
    } else if (!(await unwind(deps, position, next.side))) {
      deps.logger.warn('unwind did not fill: the position stays opening until it sells', { positionId });
      return deps.store.positions.get(positionId);
    }
  }
  return deps.store.positions.get(positionId);
}
