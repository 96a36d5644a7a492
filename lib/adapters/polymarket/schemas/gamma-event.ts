import { z } from 'zod';
import { type GammaMarketParse, parseGammaMarket } from './parse-gamma-market';
import { describeIssues, wireId, wireNumber } from './wire-primitives';

const num = wireNumber.nullable().optional();

export const gammaEventSchema = z.object({
  id: wireId,
  slug: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  ticker: z.string().nullable().optional(),
  active: z.boolean().nullable().optional(),
  closed: z.boolean().nullable().optional(),
  archived: z.boolean().nullable().optional(),
  negRisk: z.boolean().nullable().optional(),
  endDate: z.string().nullable().optional(),
  liquidity: num,
  volume: num,
  volume24hr: num,
  openInterest: num,
  tags: z
    .array(z.object({ label: z.string().nullable().optional(), slug: z.string().nullable().optional() }))
    .nullable()
    .optional(),
  markets: z.array(z.unknown()).nullable().optional(),
});

/** An event's own facts plus each nested market parsed (or rejected with a reason). */
export interface GammaEvent {
  id: string;
  slug: string | null;
  title: string | null;
  active: boolean;
  closed: boolean;
  negRisk: boolean;
  endTime: number | null;
  tags: string[];
  markets: GammaMarketParse[];
}

export type GammaEventParse =
  | { ok: true; event: GammaEvent }
  | { ok: false; id: string | null; reason: string };

export function parseGammaEvent(raw: unknown): GammaEventParse {
  const parsed = gammaEventSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    return { ok: false, id: id === undefined ? null : String(id), reason: describeIssues(parsed.error) };
  }
  const e = parsed.data;
  const tags = (e.tags ?? []).map((t) => t.slug ?? t.label ?? '').filter((t) => t !== '');
  const ref = { id: e.id, slug: e.slug ?? null, title: e.title ?? null, tags };
  const end = e.endDate ? Date.parse(e.endDate) : Number.NaN;
  return {
    ok: true,
    event: {
      id: e.id,
      slug: ref.slug,
      title: ref.title,
      active: e.active ?? false,
      closed: e.closed ?? false,
      negRisk: e.negRisk ?? false,
      endTime: Number.isNaN(end) ? null : end,
      tags,
      markets: (e.markets ?? []).map((m) => parseGammaMarket(m, { event: ref })),
    },
  };
}
