import type { EntryPreview, LegPreview, TradeOutcome } from '../../lib/app/trading/trade-views';
import { request } from '../../lib/messaging/client';

export type { EntryPreview, LegPreview, TradeOutcome };

/** The trading messages (privileged: extension pages only). */
export const tradeRequests = {
  preview: (marketId: string) => request('position.preview', { marketId }),
  enter: (marketId: string) => request('position.enter', { marketId }),
  close: (positionId: string) => request('position.close', { positionId }),
  closeAll: () => request('positions.closeAll', {}),
  paperReset: () => request('paper.reset', {}),
};
