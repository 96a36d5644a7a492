import type { Store } from '../adapters/storage/store';
import type { Clock } from '../ports';
import type { ScheduledPass } from './pass-scheduler';
import type { PassBody } from './run-pass';

export interface PassBodyDeps {
  store: Store;
  clock: Clock;
}

/**
 * The body of each periodic pass. The scanner, the position monitor and the whale tracker plug in
 * here as they land; until then each pass says plainly what it did.
 */
export function createPassBodies(deps: PassBodyDeps): Record<ScheduledPass, PassBody> {
  return {
    scan: async () => 'Scanner not installed yet: no markets fetched.',
    monitor: async () => {
      const open = await deps.store.positions.listOpen();
      return open.length === 0
        ? 'No open positions.'
        : `${open.length} open positions (monitor not installed yet).`;
    },
    whales: async () => 'Whale tracker not installed yet: no wallets fetched.',
  };
}
