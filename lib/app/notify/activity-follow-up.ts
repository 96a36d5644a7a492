import { z } from 'zod';
import type { BadgeFacts } from '../../core/notify/badge-view';
import type { Notifier } from '../../core/notify/notifier';
import type { Store } from '../ports/store-port';
import { announceActivity } from './activity-announcer';

const FAILED_PASSES_KEY = 'notify.failedPasses';

export interface ActivityFollowUpDeps {
  store: Store;
  notifier: Notifier & { flush(): Promise<number> };
  badge: (facts: BadgeFacts) => Promise<void>;
}

/**
 * What runs after every pass and every trading action: tell the user what changed (entries,
 * liquidations, closes, failed passes), release held-back storm summaries, and refresh the badge.
 */
export function createActivityFollowUp(deps: ActivityFollowUpDeps): () => Promise<void> {
  return async () => {
    await announceActivity(deps.store, deps.notifier);
    const latest = await deps.store.passLog.latestPerPass();
    const announced = (await deps.store.runtime.get(FAILED_PASSES_KEY, z.array(z.string()))) ?? [];
    const failed = Object.values(latest).filter((row) => row?.outcome === 'failed');
    for (const row of failed) {
      if (!row || announced.includes(row.id)) continue;
      await deps.notifier.notify({
        type: 'error',
        code: 'pass_failed',
        scope: row.pass,
        message: `The ${row.pass} pass failed: ${row.error ?? 'unknown error'}`,
        mode: null,
        ...(row.error === null ? {} : { facts: { reason: row.error } }),
      });
    }
    await deps.store.runtime.set(
      FAILED_PASSES_KEY,
      failed.map((r) => r?.id ?? ''),
    );
    await deps.notifier.flush();
    const settings = await deps.store.settings.get();
    const open = await deps.store.positions.listOpen();
    await deps.badge({ openPositions: open.length, failing: failed.length > 0 || settings.killSwitch });
  };
}
