import { codedWithReason } from '../../messaging/coded-text';
import { reasonOf } from '../intelligence/intelligence-deps';
import type { PassContext } from '../passes/run-pass';
import type { Store } from '../ports/store-port';
import type { WalletActivityReads as DataApiReads } from '../ports/wallet-activity-port';

/** Open positions of each tracked wallet (Data API /positions), kept in the row's patterns. */
export async function refreshTrackedPositions(
  store: Store,
  data: DataApiReads,
  now: number,
  ctx: PassContext,
): Promise<number> {
  const tracked = await store.whales.tracked();
  let failed = 0;
  for (const row of tracked) {
    if (ctx.signal.aborted) break;
    try {
      ctx.addRequests(1);
      const page = await data.getPositions({ user: row.walletAddress, limit: 100, sortBy: 'CURRENT' });
      const positions = page.rows.map((p) => ({
        conditionId: p.conditionId,
        title: p.title,
        outcome: p.outcome,
        size: p.size,
        avgPrice: p.avgPrice,
        currentValue: p.currentValue,
        cashPnl: p.cashPnl,
      }));
      await store.whales.upsertMany([
        { ...row, patterns: { ...row.patterns, positions, positionsAt: now }, updatedAt: now },
      ]);
    } catch (error) {
      failed++;
      ctx.degrade(
        `Positions of tracked wallets unavailable: ${reasonOf(error)}`,
        codedWithReason('tracked_unavailable', error),
      );
    }
  }
  return tracked.length - failed;
}
