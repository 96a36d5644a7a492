import { z } from 'zod';
import type { EntryPreview, TradeOutcome } from '../app/trading/trade-views';
import { message } from './define-message';

const empty = z.object({}).strict();
const id = z.string().min(1).max(100);

/** Trading messages: all privileged (extension pages only, never a content script). */
export const tradingProtocol = {
  'position.preview': message<EntryPreview>()(true, z.object({ marketId: id }).strict()),
  'position.enter': message<TradeOutcome>()(true, z.object({ marketId: id }).strict()),
  'position.close': message<TradeOutcome>()(true, z.object({ positionId: id }).strict()),
  'positions.closeAll': message<TradeOutcome>()(true, empty),
  'paper.reset': message<TradeOutcome>()(true, empty),
} as const;

/** The names of the trading messages. */
export type TradingMessage = keyof typeof tradingProtocol;
