import type { StreamSources } from '../monitor/realtime/market-stream';
import type { Venues } from '../ports/venue-port';

/**
 * The realtime monitor's sockets, one per venue that declares a `stream`: the monitor routes each
 * watched token to its venue's socket (venueOfKey) and opens that socket only while the venue has
 * positions open. A venue without a stream is watched by the monitor pass alone.
 */
export function venueStreams(venues: Venues): StreamSources {
  return (id) => {
    const venue = venues.get(id);
    if (!venue?.stream) return undefined;
    const key = venue.streamKey;
    return { open: venue.stream, key: (settings) => key?.(settings) ?? '' };
  };
}
