import { request } from '../../lib/messaging/client';
import type { MessageType } from '../../lib/messaging/protocol';

/** One leg of a proposed entry, as the background previews it (money and prices in micros). */
export interface LegPreview {
  label: string;
  cost: number;
  shares: number;
  bestAsk: number;
  worstPrice: number;
  /** Collateral available on the asks within the slippage limit. */
  depthWithinSlippage: number;
  fee: number;
}

export interface EntryPreview {
  marketId: string;
  marketName: string;
  mode: 'paper' | 'live';
  yes: LegPreview | null;
  no: LegPreview | null;
  totalCost: number;
  totalFees: number;
  /** Why the entry cannot go ahead, in words; null when it can. */
  blocked: string | null;
}

export interface TradeOutcome {
  positionId?: string;
  message?: string;
}

/**
 * The trading messages ('position.preview', 'position.enter', 'position.close', 'positions.closeAll',
 * 'paper.reset') are being added to the protocol by the trading engine. Until each lands, the router
 * answers "Unknown request" and the UI shows that error: nothing is faked here.
 */
function send<T>(type: string, payload: Record<string, unknown>): Promise<T> {
  return request(type as MessageType, payload as never) as Promise<T>;
}

export const tradeRequests = {
  preview: (marketId: string) => send<EntryPreview>('position.preview', { marketId }),
  enter: (marketId: string) => send<TradeOutcome>('position.enter', { marketId }),
  close: (positionId: string) => send<TradeOutcome>('position.close', { positionId }),
  closeAll: () => send<TradeOutcome>('positions.closeAll', {}),
  paperReset: () => send<TradeOutcome>('paper.reset', {}),
};
