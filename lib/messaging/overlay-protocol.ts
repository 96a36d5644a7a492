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

const slugs = z.array(z.string().max(300)).max(200);

/**
 * Overlay messages: NOT privileged (the content script sends them) and so they only read, or ask
 * the background to open the extension's own page where the user previews and confirms an entry.
 */
export const overlayProtocol = {
  'overlay.positions': message<OverlayPosition[]>()(false, z.object({ slugs }).strict()),
  'overlay.openEntry': message<{ opened: boolean }>()(
    false,
    z.object({ slug: z.string().min(1).max(300) }).strict(),
  ),
} as const;
