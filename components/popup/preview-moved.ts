import type { EntryPreview, LegPreview } from '../hooks/trade-requests';

/** Share counts within this fraction of each other are the same entry. */
const SHARES_TOLERANCE = 0.005;

function legMoved(a: LegPreview | null, b: LegPreview | null): boolean {
  if (!a || !b) return a !== b;
  if (a.worstPrice !== b.worstPrice || a.bestAsk !== b.bestAsk) return true;
  return Math.abs(a.shares - b.shares) > a.shares * SHARES_TOLERANCE;
}

/** Has the book moved between the preview the user read and a fresh one (prices, shares, blocked)? */
export function previewMoved(shown: EntryPreview, fresh: EntryPreview): boolean {
  return (
    legMoved(shown.yes, fresh.yes) ||
    legMoved(shown.no, fresh.no) ||
    (shown.blocked === null) !== (fresh.blocked === null)
  );
}

/** One leg as filled against the preview: fewer shares (partial) or a price above the worst shown. */
export interface FillCheck {
  label: string;
  partial: boolean;
  abovePreview: boolean;
}

export function checkFill(leg: LegPreview | null, filledShares: number, fillPrice: number): FillCheck | null {
  if (!leg) return null;
  return {
    label: leg.label,
    partial: filledShares < leg.shares * (1 - SHARES_TOLERANCE),
    abovePreview: filledShares > 0 && fillPrice > leg.worstPrice,
  };
}
