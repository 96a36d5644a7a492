import type { Market } from '../../core/model/market';
import type { RejectionRow } from '../../core/model/rows/rejections';
import { VENUE_NAMES } from '../../core/model/venue';
import { preFilterMarket } from '../../core/rules/eligibility';
import { eligibilityMessage } from '../../core/rules/eligibility-text';
import type { StrategyParams } from '../../core/rules/params';
import { coded, codedWithReason } from '../../messaging/coded-text';
import { reasonOf } from '../intelligence/intelligence-deps';
import type { PassContext } from '../passes/run-pass';
import type { Venue } from '../ports/venue-port';
import type { Reject } from './shortlist-books';

export interface VenueListing {
  /** Every market listed, by stored key (venue-qualified, so two venues never collide). */
  listed: Map<string, Market>;
  shortlist: Market[];
  rejections: RejectionRow[];
  seen: number;
}

/**
 * Every venue's active markets, pre-filtered as they come (the first failing rule kept for every
 * rejected market). A venue whose listing fails degrades the pass and the others are still scanned;
 * when every venue fails (with one venue: when it fails), the pass fails with the last error.
 */
export async function listVenues(
  venues: readonly Venue[],
  params: StrategyParams,
  now: number,
  ctx: PassContext,
  reject: Reject,
  onPage: (listing: VenueListing) => Promise<void>,
): Promise<VenueListing> {
  const out: VenueListing = { listed: new Map(), shortlist: [], rejections: [], seen: 0 };
  let failures = 0;
  let lastError: unknown;
  for (const venue of venues) {
    try {
      for await (const page of venue.reads.listActiveMarkets(ctx)) {
        for (const parsed of page) {
          if (!parsed.ok) {
            out.seen++;
            const id = parsed.id ?? `unreadable-${out.seen}`;
            const why = `Unreadable market: ${parsed.reason}`;
            const text = coded('unreadable', { reason: parsed.reason });
            out.rejections.push(reject({ venue: venue.id, id, question: '' }, 'invalid_payload', why, text));
            continue;
          }
          const market = parsed.market;
          if (out.listed.has(market.id)) continue;
          out.seen++;
          out.listed.set(market.id, market);
          const verdict = preFilterMarket(market, params, now);
          if (verdict.eligible) out.shortlist.push(market);
          else out.rejections.push(reject(market, verdict.rule, eligibilityMessage(verdict), verdict.text));
        }
        await onPage(out);
      }
    } catch (error) {
      failures++;
      lastError = error;
      if (venues.length > 1 && failures < venues.length)
        ctx.degrade(
          `Markets of ${VENUE_NAMES[venue.id]} unavailable: ${reasonOf(error)}`,
          codedWithReason('venue_unavailable', error, { venue: VENUE_NAMES[venue.id] }),
        );
    }
  }
  if (venues.length > 0 && failures === venues.length) throw lastError;
  return out;
}
