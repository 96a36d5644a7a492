import { slugsOfSenderPage } from '../../core/model/page-slugs';
import type { CrossVenueMessage } from '../../messaging/cross-venue-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { CrossVenueService } from './cross-venue-service';

/**
 * The cross-venue messages (lib/messaging/cross-venue-protocol.ts). Only `crossVenue.forMarket` is
 * open to the page overlay (the router refuses the others from a content script): it reads, and
 * answers the public prices of the shown, non-rejected pairs of the market the page shows.
 */
export function createCrossVenueHandlers(service: CrossVenueService): HandlersFor<CrossVenueMessage> {
  return {
    'crossVenue.list': ({ includeRejected }) => service.list(includeRejected ?? false),
    // A content script gets the pairs of the market its page shows (the URL the browser reports), no other.
    'crossVenue.forMarket': ({ marketId }, sender) =>
      service.forMarket(
        marketId,
        sender.kind === 'content-script' ? slugsOfSenderPage(sender.url) : undefined,
      ),
    'crossVenue.refresh': () => service.refresh(),
    'crossVenue.setVerdict': ({ id, verdict }) => service.setVerdict(id, verdict),
    'crossVenue.pair': ({ polymarketId, kalshiId }) => service.pair(polymarketId, kalshiId),
  };
}
