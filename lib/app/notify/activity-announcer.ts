import { z } from 'zod';
import type { PositionRow } from '../../core/model/rows/positions';
import type { NotificationEvent } from '../../core/notify/notification-event';
import type { Notifier } from '../../core/notify/notifier';
import type { Store } from '../ports/store-port';

const ANNOUNCED_KEY = 'notify.announced';
const announcedSchema = z.record(z.string(), z.string());

/** What changed for one position since it was last announced, as a notification (or nothing). */
export function eventFor(position: PositionRow, announced: string | undefined): NotificationEvent | null {
  if (position.status === announced || position.status === 'opening') return null;
  const facts = { marketId: position.marketId, marketName: position.marketName, mode: position.mode };
  if (position.status === 'active') {
    return {
      type: 'entry',
      positionId: position.id,
      priceYes: position.entryPriceYes,
      priceNo: position.entryPriceNo,
      cost: position.capitalYes + position.capitalNo,
      ...facts,
    };
  }
  if (position.status === 'liquidated' && position.liquidatedSide) {
    const side = position.liquidatedSide;
    const cost = side === 'yes' ? position.capitalYes : position.capitalNo;
    return {
      type: 'liquidation',
      positionId: position.id,
      side,
      price: (side === 'yes' ? position.currentPriceYes : position.currentPriceNo) ?? 0,
      proceeds: position.realisedProceeds,
      pnl: position.realisedProceeds - cost,
      ...facts,
    };
  }
  if (position.status === 'closed') {
    if (position.closeReason === 'entry_failed') {
      return {
        type: 'error',
        code: 'entry_failed',
        scope: 'trading',
        message: `Entry in "${position.marketName}" failed on one side; the filled side was sold back.`,
        mode: position.mode,
        facts: { marketName: position.marketName },
      };
    }
    return {
      type: 'close',
      positionId: position.id,
      reason: position.closeReason ?? 'manual',
      pnl: position.pnl,
      ...facts,
    };
  }
  return null;
}

/**
 * Announce what changed since the last call: entries, liquidations and closes, derived from the
 * positions themselves (so nothing is announced twice, and nothing is lost across a worker restart).
 * The first call only records the current state.
 */
export async function announceActivity(store: Store, notifier: Notifier): Promise<number> {
  const stored = await store.runtime.get(ANNOUNCED_KEY, announcedSchema);
  const positions = await store.positions.all();
  const next: Record<string, string> = {};
  let sent = 0;
  for (const position of positions) {
    next[position.id] =
      position.status === 'opening' ? (stored?.[position.id] ?? 'opening') : position.status;
    if (!stored) continue;
    const event = eventFor(position, stored[position.id]);
    if (event) {
      await notifier.notify(event);
      sent++;
    }
  }
  // Written only when something changed: this runs after every 30 s pass.
  if (JSON.stringify(next) !== JSON.stringify(stored ?? null)) await store.runtime.set(ANNOUNCED_KEY, next);
  return sent;
}
