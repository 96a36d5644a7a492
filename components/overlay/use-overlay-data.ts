import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import type { OverlayDisplay, OverlayPosition } from '../../lib/messaging/overlay-protocol';
import type { OverlayScore } from '../../lib/messaging/protocol';
import { errorText } from '../ui/ui-text';

export interface OverlayData {
  status?: OverlayDisplay;
  /** undefined while loading, null when the market is not scored. */
  score?: OverlayScore | null;
  position?: OverlayPosition | null;
  /** The market on the other venue (matches the user did not reject); empty when none. */
  crossVenue?: CrossVenueMatchView[];
  error?: string;
}

const REFRESH_MS = 30_000;

/** Public score data and the user's position for the page's market, refreshed every 30 s. */
export function useOverlayData(slugs: string[]): OverlayData {
  const [data, setData] = useState<OverlayData>({});
  const key = slugs.join('|');
  useEffect(() => {
    let cancelled = false;
    const list = key === '' ? [] : key.split('|');
    setData({});
    async function load() {
      try {
        const [status, scores] = await Promise.all([
          request('overlay.display', {}),
          request('overlay.scores', { slugs: list }),
        ]);
        // The background answers for the market of this page's URL only. Optional: an older
        // background without the message still shows the score.
        const positions = await request('overlay.positions', {}).catch(() => []);
        // Public prices only, for the scored market; optional like the position.
        const marketId = scores[0]?.marketId;
        const crossVenue = marketId
          ? await request('crossVenue.forMarket', { marketId }).catch(() => [])
          : [];
        if (!cancelled)
          setData({ status, score: scores[0] ?? null, position: positions[0] ?? null, crossVenue });
      } catch (e) {
        if (!cancelled) setData({ error: errorText(e) });
      }
    }
    void load();
    const id = setInterval(() => document.visibilityState === 'visible' && void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(id);
    };
  }, [key]);
  return data;
}
