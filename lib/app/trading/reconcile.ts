import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PositionRow } from '../../core/model/rows/positions';
import { venueOf } from '../../core/model/venue';
import { applyOrderResult, failUnsentIntent } from './apply-order-result';
import { advanceEntry } from './entry-flow';
import { sellEverything } from './exit-flow';
import type { TradingDeps } from './trading-deps';

export interface ReconcileReport {
  /** Intents found filled at the exchange and recorded now. */
  completed: number;
  /** Intents that never reached the exchange (or were refused there), now failed. */
  failed: number;
  /** Intents left for later (exchange unreachable, wallet locked). */
  deferred: number;
  /** Positions whose entry or close was carried on. */
  resumed: number;
}

async function reconcileIntent(deps: TradingDeps, intent: OrderIntentRow): Promise<keyof ReconcileReport> {
  const now = deps.clock.now();
  if (intent.status === 'pending') {
    await failUnsentIntent(
      deps.store,
      intent.id,
      'The order was never sent (the worker stopped first).',
      now,
    );
    return 'failed';
  }
  try {
    const exchange = await deps.exchangeFor(intent.mode, await deps.settings(), venueOf(intent));
    const found = await exchange.findOrder(intent.clientKey);
    if (found === null) {
      await failUnsentIntent(deps.store, intent.id, 'The exchange has no record of this order.', now);
      return 'failed';
    }
    await applyOrderResult(deps.store, intent.id, found, now);
    return found.status === 'filled' ? 'completed' : 'failed';
  } catch (error) {
    deps.logger.warn('could not reconcile an order yet', {
      intentId: intent.id,
      message: error instanceof Error ? error.message : String(error),
    });
    return 'deferred';
  }
}

async function hasUnresolved(deps: TradingDeps, positionId: string): Promise<boolean> {
  const intents = await deps.store.orderIntents.listByPosition(positionId);
  return intents.some((i) => i.status === 'pending' || i.status === 'sent' || i.status === 'unknown');
}

/**
 * Crash recovery, run at worker start and at the start of every monitor pass: settle every order
 * whose outcome is not stored (asking the exchange by client key), then carry on every entry and
 * close that was in flight. Each step runs under its market's lock, so it never races a live order.
 */
export async function reconcile(deps: TradingDeps): Promise<ReconcileReport> {
  return (await reconcileAndList(deps)).report;
}

/**
 * reconcile, and the open positions it listed: still the stored list when it resumed nothing (the
 * monitor pass then does not list them again), null when a resume may have changed it.
 */
export async function reconcileAndList(
  deps: TradingDeps,
): Promise<{ report: ReconcileReport; open: PositionRow[] | null }> {
  const report: ReconcileReport = { completed: 0, failed: 0, deferred: 0, resumed: 0 };
  let untouched = true;
  for (const intent of await deps.store.orderIntents.listUnresolved()) {
    const outcome = await deps.locks.run(intent.marketId, async () => {
      const fresh = await deps.store.orderIntents.get(intent.id);
      if (!fresh || fresh.status === 'filled' || fresh.status === 'failed') return null;
      return reconcileIntent(deps, fresh);
    });
    if (outcome) report[outcome] += 1;
  }
  const open = await deps.store.positions.listOpen();
  for (const position of open) {
    if (position.status !== 'opening' && position.closeReason === null) continue;
    untouched = false;
    try {
      await deps.locks.run(position.marketId, async () => {
        const fresh = await deps.store.positions.get(position.id);
        if (!fresh || fresh.status === 'closed' || (await hasUnresolved(deps, fresh.id))) return;
        if (fresh.status === 'opening') await advanceEntry(deps, fresh.id, null);
        else if (fresh.closeReason !== null) await sellEverything(deps, fresh, fresh.closeReason);
        report.resumed += 1;
      });
    } catch (error) {
      deps.logger.warn('could not resume a position yet', {
        positionId: position.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { report, open: untouched ? open : null };
}
