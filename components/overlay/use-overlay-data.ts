import { useEffect, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { OverlayDisplay, OverlayPosition } from '../../lib/messaging/overlay-protocol';
import type { OverlayScore } from '../../lib/messaging/protocol';
import { errorText } from '../ui/ui-text';

export interface OverlayData {
  status?: OverlayDisplay;
  /** undefined while loading, null when the market is not scored. */
  score?: OverlayScore | null;
  position?: OverlayPosition | null;
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
        if (!cancelled) setData({ status, score: scores[0] ?? null, position: positions[0] ?? null });
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
