import type { MarketStream, OpenMarketStream } from '../../../app/monitor/realtime/market-stream';
import { venueKey } from '../../../core/model/venue';
import { kalshiEndpoints } from '../../../settings/kalshi-settings';
import { KalshiMarketStream, type KalshiMarketStreamOptions } from '../../kalshi/kalshi-market-stream';
import { kalshiIdOf } from './kalshi-keys';

/** How the Kalshi socket is opened and signed; the URL comes from the settings (the environment in use). */
export type KalshiStreamDeps = Omit<KalshiMarketStreamOptions, 'url' | 'handlers'>;

const qualify = (id: string) => venueKey('kalshi', id);

/**
 * Kalshi's market websocket as the venue's `stream`: token ids enter qualified (`kalshi:T:yes`) and
 * are unqualified for Kalshi, and every event leaves qualified, like the venue's REST reads
 * (kalshi-keys.ts). The socket of the environment in use (demo unless switched to production).
 */
export function kalshiVenueStream(deps: KalshiStreamDeps): OpenMarketStream {
  return (handlers, settings): MarketStream => {
    const inner = new KalshiMarketStream({
      ...deps,
      url: kalshiEndpoints(settings.kalshi).wsUrl,
      handlers: {
        ...handlers,
        onBook: (e) => handlers.onBook?.({ ...e, tokenId: qualify(e.tokenId) }),
        onLastTrade: (e) => handlers.onLastTrade?.({ ...e, tokenId: qualify(e.tokenId) }),
      },
    });
    return {
      get status() {
        return inner.status;
      },
      get problem() {
        return inner.problem;
      },
      get subscriptions() {
        return inner.subscriptions.map(qualify);
      },
      connect: () => inner.connect(),
      subscribe: (ids) => inner.subscribe(ids.map(kalshiIdOf)),
      unsubscribe: (ids) => inner.unsubscribe(ids.map(kalshiIdOf)),
      close: () => inner.close(),
    };
  };
}
