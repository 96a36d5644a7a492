import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import { markPrice } from '../../core/model/prices';
import type { PositionRow } from '../../core/model/rows/positions';
import { valuePosition } from '../../core/rules/valuation';
import type { Logger } from '../../log/logger';
import { coded, codedWithReason } from '../../messaging/coded-text';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import { currentMarkets, rereadMarkets } from '../market-data/market-facts';
import type { PassBody, PassContext } from '../passes/run-pass';
import type { MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import type { KeyedLock } from '../trading/keyed-lock';
import type { TradingEngine } from '../trading/trading-engine';
import { checkDailyLoss, killSwitchClosesAll } from './breaker';
import { decideAndAct, type PositionDecider, positionDecider } from './position-decider';

export interface MonitorPassDeps {
  store: Store;
  marketData: MarketData;
  clock: Clock;
  logger: Logger;
  settings: () => Promise<Settings>;
  locks: KeyedLock;
  engine: TradingEngine;
}

const BOOKS_PER_REQUEST = 100;

interface Tally {
  liquidated: number;
  closed: number;
  resolved: number;
}

/** Write the position's current marks and P&L (only when they moved). */
async function reprice(
  deps: MonitorPassDeps,
  fresh: PositionRow,
  books: { yes: OrderBook; no: OrderBook },
  market: Market,
): Promise<PositionRow> {
  const value = valuePosition(fresh, books, market.fee);
  const currentPriceYes = markPrice(books.yes);
  const currentPriceNo = markPrice(books.no);
  // Nothing moved: no write (and no wake-up of every open page's live queries).
  if (
    fresh.currentPriceYes === currentPriceYes &&
    fresh.currentPriceNo === currentPriceNo &&
    fresh.pnl === value.pnl
  )
    return fresh;
  const row: PositionRow = {
    ...fresh,
    currentPriceYes,
    currentPriceNo,
    pnl: value.pnl,
    updatedAt: deps.clock.now(),
  };
  await deps.store.positions.put(row);
  return row;
}

async function monitorOne(
  deps: MonitorPassDeps,
  settings: Settings,
  decider: PositionDecider,
  position: PositionRow,
  market: Market | undefined,
  books: Map<string, OrderBook>,
  tally: Tally,
  ctx: PassContext,
  ticks: number,
): Promise<void> {
  if (!market) {
    return ctx.degrade(
      'Some markets could not be read: their positions were not checked.',
      coded('markets_unreadable'),
    );
  }
  // A resolved position waiting for its redeem has no book to sell into: it is redeemed, not closed.
  if (killSwitchClosesAll(settings) && !position.redeem) {
    await deps.engine.closePosition(position.id, 'kill_switch');
    tally.closed += 1;
    return;
  }
  const yes = books.get(position.yesTokenId);
  const no = books.get(position.noTokenId);
  const both = yes && no ? { yes, no } : null;
  if (!both && market.resolvedOutcome === null) {
    return ctx.degrade(
      'Some order books were missing: their positions were not re-priced.',
      coded('books_missing'),
    );
  }
  const target = { positionId: position.id, marketId: position.marketId };
  // Re-priced, decided and acted on inside the market lock: on the listed row when nothing ran for
  // its market since the list was read, else on one fresh read (the realtime monitor may have acted).
  const settled = await decideAndAct(deps, decider, target, market, both, {
    ...(both ? { prepare: (fresh: PositionRow) => reprice(deps, fresh, both, market) } : {}),
    known: { row: position, ticks },
  });
  for (const decision of settled.decisions) {
    if (decision.kind === 'liquidate') tally.liquidated += 1;
    else if (decision.kind === 'close') tally.closed += 1;
    // A live position stays open after resolution until it is redeemed: counted once, when it closes.
    else if (decision.kind === 'resolve' && settled.position?.status === 'closed') tally.resolved += 1;
  }
}

/**
 * The position monitor (strategy.md Monitor): reconcile in-flight orders, re-price every open
 * position from ONE batched books request (two for 100 positions) and one markets request, then
 * hand each core decision (divergence, take-profit/stop-loss, resolution, kill switch) to the
 * engine. Runs inside run-pass, so two passes never overlap.
 */
export function createMonitorPass(deps: MonitorPassDeps): PassBody {
  return async (ctx) => {
    // The market locks' ticks before the positions are listed: a position whose market saw no
    // section since is decided on its listed row without a second read (engine decideAndApply `known`).
    const before = deps.locks.snapshot();
    const { report: recovered, open: listed } = await deps.engine.reconcileAndList();
    const settings = await deps.settings();
    const open = (listed ?? (await deps.store.positions.listOpen())).filter((p) => p.status !== 'opening');
    if (open.length === 0) {
      if (recovered.completed > 0) {
        ctx.summarise?.(coded('monitor_idle_recovered', { recovered: recovered.completed }));
        return `No open positions (${recovered.completed} fills recovered).`;
      }
      ctx.summarise?.(coded('monitor_idle'));
      return 'No open positions.';
    }
    const { markets, requests } = await currentMarkets(deps, [...new Set(open.map((p) => p.marketId))]);
    const tokens = open.flatMap((p) => [p.yesTokenId, p.noTokenId]);
    const books = new Map((await deps.marketData.books(tokens)).map((b) => [b.tokenId, b]));
    ctx.addRequests(requests + Math.ceil(tokens.length / BOOKS_PER_REQUEST));
    // Books gone for a market not known to be resolved: ask Gamma now whether it resolved.
    const vanished = open.filter(
      (p) =>
        (!books.has(p.yesTokenId) || !books.has(p.noTokenId)) &&
        markets.get(p.marketId)?.resolvedOutcome === null,
    );
    ctx.addRequests(await rereadMarkets(deps, markets, [...new Set(vanished.map((p) => p.marketId))]));
    const tally: Tally = { liquidated: 0, closed: 0, resolved: 0 };
    const decider = positionDecider(settings, deps.clock.now());
    for (const position of open) {
      if (ctx.signal.aborted) break;
      try {
        const market = markets.get(position.marketId);
        const ticks = before.get(position.marketId) ?? 0;
        await monitorOne(deps, settings, decider, position, market, books, tally, ctx, ticks);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.logger.warn('monitor could not act on a position', { positionId: position.id, message });
        ctx.degrade(`A position could not be handled: ${message}`, codedWithReason('position_failed', error));
      }
    }
    await checkDailyLoss(deps, settings, deps.clock.now());
    ctx.summarise?.(coded('monitor_done', { checked: open.length, ...tally }));
    return `${open.length} ${open.length === 1 ? 'position' : 'positions'} checked: ${tally.liquidated} liquidated, ${tally.closed} closed, ${tally.resolved} resolved.`;
  };
}
