import type { Micros } from '../model/money';
import type { FactorValue } from './opportunity-scorer';

export interface WhaleActivity {
  /** Volume traded by whale wallets in this market over 24 h. */
  whaleVolume24h: Micros;
  marketVolume24h: Micros;
  distinctWhales: number;
}

/** This many distinct whales count as full marks for the "how many" half. */
export const WHALE_COUNT_CAP = 5;

/**
 * Half for the whale share of 24 h volume (capped at 1), half for the number of distinct whales
 * (capped at WHALE_COUNT_CAP). `raw` is the whale share of volume.
 */
export function whaleFactor(activity: WhaleActivity): FactorValue {
  const share =
    activity.marketVolume24h > 0
      ? Math.min(1, Math.max(0, activity.whaleVolume24h / activity.marketVolume24h))
      : 0;
  const count = Math.min(1, Math.max(0, activity.distinctWhales) / WHALE_COUNT_CAP);
  return { raw: share, normalised: 0.5 * share + 0.5 * count };
}
