import type { Handlers } from '../../messaging/router';
import type { Store } from '../ports/store-port';

/** Follow / unfollow a whale from the dashboard (addresses are stored lower-case). */
export function createWhaleHandlers(store: Store): Handlers {
  return {
    'whales.setTracked': ({ walletAddress, tracked }) =>
      store.whales.setTracked(walletAddress.toLowerCase(), tracked),
  };
}
