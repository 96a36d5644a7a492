import type { HandlersFor } from '../../messaging/router';
import type { WhalesMessage } from '../../messaging/whales-protocol';
import type { Store } from '../ports/store-port';

/** Follow / unfollow a whale from the dashboard (addresses are stored lower-case). */
export function createWhaleHandlers(store: Store): HandlersFor<WhalesMessage> {
  return {
    'whales.setTracked': ({ walletAddress, tracked }) =>
      store.whales.setTracked(walletAddress.toLowerCase(), tracked),
  };
}
