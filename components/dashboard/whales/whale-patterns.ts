import { z } from 'zod';

/** The parts of a whale row's `patterns` the dashboard shows (lib/core/whales/wallet-patterns.ts). */
const netSide = z.object({ side: z.enum(['yes', 'no', 'flat']), netUsd: z.number() });
const trackedPosition = z.object({
  conditionId: z.string(),
  title: z.string().optional(),
  outcome: z.string().optional(),
  size: z.number().optional(),
  avgPrice: z.number().optional(),
  currentValue: z.number().optional(),
  cashPnl: z.number().optional(),
});

const patternsView = z.object({
  netSideByMarket: z.record(z.string(), netSide).catch({}),
  concentration: z.number().min(0).max(1).optional().catch(undefined),
  topMarket: z.string().nullable().optional().catch(undefined),
  maxBuysInWindow: z.number().optional().catch(undefined),
  accumulating: z.boolean().optional().catch(undefined),
  fresh: z.boolean().optional().catch(undefined),
  positions: z.array(trackedPosition).optional().catch(undefined),
  positionsAt: z.number().optional().catch(undefined),
});

export type NetSideView = z.infer<typeof netSide> & { conditionId: string };
export type TrackedPositionView = z.infer<typeof trackedPosition>;
export type PatternsView = z.infer<typeof patternsView>;

/** Read what is there; anything malformed or absent is left out rather than shown as a code. */
export function readPatterns(patterns: Record<string, unknown>): PatternsView {
  const parsed = patternsView.safeParse({ netSideByMarket: {}, ...patterns });
  return parsed.success ? parsed.data : { netSideByMarket: {} };
}

/** Net sides, biggest first (by absolute USD). */
export function netSides(view: PatternsView): NetSideView[] {
  return Object.entries(view.netSideByMarket)
    .map(([conditionId, n]) => ({ conditionId, ...n }))
    .sort((a, b) => Math.abs(b.netUsd) - Math.abs(a.netUsd));
}

/** Names the page already knows for a wallet's positions (the Data API's titles). */
export function positionTitles(view: PatternsView): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of view.positions ?? []) if (p.title) out.set(p.conditionId, p.title);
  return out;
}
