import type { Logger } from '../../log/logger';
import type { Clock } from '../../ports';
import type { MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';
import { DEFAULT_SNAPSHOT_LIMITS, recordSnapshots, type SnapshotLimits } from './record-snapshots';

export interface RecordingDeps {
  store: Pick<Store, 'bookSnapshots'>;
  clock: Clock;
  logger?: Logger;
  limits?: SnapshotLimits;
}

/**
 * The trading engine's market reads, recording every batch of books they return (the monitor pass's
 * books of open positions, the books an entry or exit is priced and filled on) as snapshots. Wire it
 * around the MarketData given to createTradingServices / createExchangeProviders. A failed recording
 * is logged and never fails the read.
 */
export function withSnapshotRecording(inner: MarketData, deps: RecordingDeps): MarketData {
  const limits = deps.limits ?? DEFAULT_SNAPSHOT_LIMITS;
  return {
    markets: (ids) => inner.markets(ids),
    async books(tokenIds) {
      const books = await inner.books(tokenIds);
      try {
        await recordSnapshots(deps.store, books, deps.clock.now(), limits);
      } catch (error) {
        deps.logger?.warn('book snapshots not recorded', {
          message: error instanceof Error ? error.message : String(error),
        });
      }
      return books;
    },
  };
}
