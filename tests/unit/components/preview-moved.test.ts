import { describe, expect, it } from 'vitest';
import { checkFill, previewMoved } from '../../../components/popup/preview-moved';
import type { EntryPreview, LegPreview } from '../../../lib/app/trading/trade-views';

const leg = (over: Partial<LegPreview> = {}): LegPreview => ({
  label: 'Yes',
  cost: 49_100_000,
  shares: 98_000_000,
  bestAsk: 500_000,
  worstPrice: 500_000,
  depthWithinSlippage: 500_000_000,
  fee: 900_000,
  ...over,
});

const preview = (over: Partial<EntryPreview> = {}): EntryPreview => ({
  marketId: 'm',
  marketName: 'M',
  mode: 'paper',
  yes: leg(),
  no: leg({ label: 'No', worstPrice: 520_000, bestAsk: 520_000 }),
  totalCost: 100_000_000,
  totalFees: 1_800_000,
  blocked: null,
  blockedText: null,
  strategy: 'balancing',
  note: null,
  noteText: null,
  startPnlRatio: -0.09,
  stopLoss: 0.15,
  ...over,
});

describe('the entry preview against a fresh book (issue 21 item 5)', () => {
  it('says the book moved when a worst price or the shares changed since the preview', () => {
    const shown = preview();
    expect(previewMoved(shown, preview())).toBe(false);
    // The trader's case: 50¢/52¢ shown, the book moved a cent.
    expect(previewMoved(shown, preview({ yes: leg({ worstPrice: 510_000, bestAsk: 510_000 }) }))).toBe(true);
    expect(previewMoved(shown, preview({ yes: leg({ shares: 95_000_000 }) }))).toBe(true);
    expect(previewMoved(shown, preview({ blocked: 'too late' }))).toBe(true);
  });

  it('calls a fill with fewer shares partial, and one above the worst price shown what it is', () => {
    const shown = leg();
    expect(checkFill(shown, 98_000_000, 500_000)).toEqual({
      label: 'Yes',
      partial: false,
      abovePreview: false,
    });
    expect(checkFill(shown, 96_270_000, 510_000)).toEqual({
      label: 'Yes',
      partial: true,
      abovePreview: true,
    });
  });
});
