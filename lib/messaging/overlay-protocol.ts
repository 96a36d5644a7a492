import { z } from 'zod';
import { message } from './define-message';

/** The user's position in a market, as the overlay on polymarket.com shows it (micros). */
export interface OverlayPosition {
  slug: string;
  marketId: string;
  status: 'opening' | 'active' | 'liquidated';
  mode: 'paper' | 'live';
  yesLabel: string;
  noLabel: string;
  entryPriceYes: number;
  entryPriceNo: number;
  currentPriceYes: number | null;
  currentPriceNo: number | null;
  liquidatedSide: 'yes' | 'no' | null;
  pnl: number;
  capital: number;
}

/** The few settings the overlay shows: the bot's mode. Nothing else of the settings reaches a page. */
export interface OverlayDisplay {
  mode: 'paper' | 'live';
}

/**
 * Overlay messages: NOT privileged (the content script sends them) and so they only read, or ask
 * the background to open the extension's own page where the user previews and confirms an entry.
 */
export const overlayProtocol = {
  'overlay.display': message<OverlayDisplay>()(false, z.object({}).strict()),
  /** The user's position in the market the sender's page shows (from its URL), never another one. */
  'overlay.positions': message<OverlayPosition[]>()(false, z.object({}).strict()),
  'overlay.openEntry': message<{ opened: boolean }>()(
    false,
    z.object({ slug: z.string().min(1).max(300) }).strict(),
  ),
} as const;

/** The names of the overlay messages. */
export type OverlayMessage = keyof typeof overlayProtocol;
