import type { CrossVenueMessage } from '../../messaging/cross-venue-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { CrossVenueService } from './cross-venue-service';

/**
 * The cross-venue messages (lib/messaging/cross-venue-protocol.ts). Only `crossVenue.forMarket` is
 * open to the page overlay (the router refuses the others from a content script): it reads, and
 * answers the public prices of one market's shown, non-rejected pairs.
 */
export function createCrossVenueHandlers(service: CrossVenueService): HandlersFor<CrossVenueMessage> {
  return {
    'crossVenue.list': ({ includeRejected }) => service.list(includeRejected ?? false),
    'crossVenue.forMarket': ({ marketId }) => service.forMarket(marketId),
    'crossVenue.refresh': () => service.refresh(),
    'crossVenue.setVerdict': ({ id, verdict }) => service.setVerdict(id, verdict),
    'crossVenue.pair': ({ polymarketId, kalshiId }) => service.pair(polymarketId, kalshiId),
  };
}
