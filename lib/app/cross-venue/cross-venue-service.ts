import { z } from 'zod';
import type { Market } from '../../core/model/market';
import { toMicros } from '../../core/model/money';
import { type CrossVenueVerdictValue, crossVenuePairId } from '../../core/model/rows/cross-venue-matches';
import { VENUE_NAMES, type VenueId, venueKey, venueOf } from '../../core/model/venue';
import { matchMarkets } from '../../core/venues/cross-venue-match';
import { validationError } from '../../errors/app-error';
import type { Logger } from '../../log/logger';
import type { CrossVenueListView, CrossVenueMatchView } from '../../messaging/cross-venue-protocol';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { Store } from '../ports/store-port';
import type { Venues } from '../ports/venue-port';
import { isShown, matchView, shownViews } from './match-views';
import { matchableOf, pairRow } from './pair-rows';
import { planPairs } from './plan-pairs';
import { type ReadContext, readPairBooks } from './read-pair-books';

export interface CrossVenueDeps {
  store: Store;
  venues: Venues;
  settings: () => Promise<Settings>;
  clock: Clock;
  logger?: Logger;
}

export interface CrossVenueService {
  /** Match both venues' scanned markets again, read both books of every kept pair, store the gaps. */
  refresh(ctx?: ReadContext): Promise<CrossVenueListView>;
  list(includeRejected?: boolean): Promise<CrossVenueListView>;
  /**
   * The shown, non-rejected pairs of one Polymarket market (the page overlay's). With `pageSlugs`
   * (a content script's page), only when that market is the one the page shows.
   */
  forMarket(marketId: string, pageSlugs?: readonly string[]): Promise<CrossVenueMatchView[]>;
  setVerdict(id: string, verdict: CrossVenueVerdictValue): Promise<CrossVenueMatchView>;
  /** A pair the matcher missed, made by hand: confirmed and manual. */
  pair(polymarketId: string, kalshiId: string): Promise<CrossVenueMatchView>;
}

const UPDATED_AT = 'crossVenue.updatedAt';
const LEFT: VenueId = 'polymarket';
const RIGHT: VenueId = 'kalshi';

/**
 * The same bet on two venues (issue 20 §4): after each scan (and on demand) the Polymarket and
 * Kalshi markets the scan cached are matched (lib/core/venues/cross-venue-candidates.ts), the user's
 * verdicts applied (plan-pairs.ts), both books of every kept pair read through the venues
 * registry, and the gap after both venues' fees stored for the stake of the settings. Nothing is
 * matched while Kalshi is off; the stored verdicts wait for it.
 */
export function createCrossVenueService(deps: CrossVenueDeps): CrossVenueService {
  const { store, venues, clock } = deps;
  let running: Promise<unknown> = Promise.resolve();
  /** One refresh or pairing at a time: each reads the rows the previous one wrote. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  async function listView(settings: Settings, includeRejected = false): Promise<CrossVenueListView> {
    const stake = toMicros(settings.crossVenue.stakeUsd);
    const updatedAt = (await store.runtime.get(UPDATED_AT, z.number().int())) ?? null;
    if (!settings.kalshi.enabled) return { matches: [], stake, updatedAt, kalshiEnabled: false };
    const rows = await store.crossVenueMatches.all();
    return { matches: shownViews(rows, includeRejected), stake, updatedAt, kalshiEnabled: true };
  }

  async function refreshNow(ctx: ReadContext): Promise<CrossVenueListView> {
    const settings = await deps.settings();
    if (!settings.kalshi.enabled) return listView(settings);
    const now = clock.now();
    const [left, right, stored] = await Promise.all([
      store.markets.listByVenue(LEFT),
      store.markets.listByVenue(RIGHT),
      store.crossVenueMatches.all(),
    ]);
    const plan = planPairs(left, right, stored, now);
    const { books, failed } = await readPairBooks(
      venues,
      plan.keep.flatMap((p) => [p.left, p.right]),
      ctx,
    );
    if (failed > 0) deps.logger?.warn('cross-venue: some books could not be read', { venues: failed });
    const stake = toMicros(settings.crossVenue.stakeUsd);
    const rows = plan.keep.map((p) => pairRow({ ...p, books, venues, stake, now }));
    await store.crossVenueMatches.replace(rows, plan.remove);
    await store.runtime.set(UPDATED_AT, now);
    deps.logger?.info('cross-venue matches refreshed', {
      pairs: rows.length,
      shown: rows.filter((r) => isShown(r)).length,
      removed: plan.remove.length,
    });
    return listView(settings);
  }

  async function marketOn(venue: VenueId, id: string): Promise<Market> {
    const candidates = venue === LEFT || id.includes(':') ? [id] : [id, venueKey(venue, id)];
    for (const key of candidates) {
      const market = await store.markets.get(key);
      if (!market) continue;
      if (venueOf(market) !== venue)
        throw validationError(`Market ${id} is not a ${VENUE_NAMES[venue]} market.`, {
          code: 'cross_venue_wrong_venue',
          details: { id, venue: VENUE_NAMES[venue] },
        });
      return market;
    }
    throw validationError(`No scanned ${VENUE_NAMES[venue]} market has the id ${id}: run a scan first.`, {
      code: 'cross_venue_market_unknown',
      details: { id, venue: VENUE_NAMES[venue] },
    });
  }

  async function pairNow(polymarketId: string, kalshiId: string): Promise<CrossVenueMatchView> {
    const settings = await deps.settings();
    if (!settings.kalshi.enabled)
      throw validationError('Turn on Kalshi (options → Kalshi) to compare its markets with Polymarket.', {
        code: 'cross_venue_kalshi_off',
      });
    const left = await marketOn(LEFT, polymarketId);
    const right = await marketOn(RIGHT, kalshiId);
    const now = clock.now();
    const previous = await store.crossVenueMatches.get(crossVenuePairId(left.id, right.id));
    const { books } = await readPairBooks(venues, [left, right]);
    const row = pairRow({
      match: matchMarkets(matchableOf(left), matchableOf(right)),
      left,
      right,
      books,
      venues,
      stake: toMicros(settings.crossVenue.stakeUsd),
      now,
      history: {
        verdict: 'confirmed',
        manual: true,
        proposedAt: previous?.proposedAt ?? now,
        verdictAt: now,
      },
    });
    await store.crossVenueMatches.replace([row], []);
    return matchView(row);
  }

  return {
    refresh: (ctx = {}) => serial(() => refreshNow(ctx)),
    list: async (includeRejected = false) => listView(await deps.settings(), includeRejected),
    async forMarket(marketId, pageSlugs) {
      if (!(await deps.settings()).kalshi.enabled) return [];
      if (pageSlugs) {
        const market = await store.markets.get(marketId);
        const shown = market && [market.slug, market.eventSlug].some((s) => s && pageSlugs.includes(s));
        if (!shown) return [];
      }
      return shownViews(await store.crossVenueMatches.byLeft(marketId));
    },
    setVerdict: (id, verdict) =>
      serial(async () => {
        const row = await store.crossVenueMatches.get(id);
        if (!row)
          throw validationError('This match is no longer listed: refresh the comparison.', {
            code: 'cross_venue_match_unknown',
          });
        const updated = { ...row, verdict, verdictAt: clock.now() };
        await store.crossVenueMatches.replace([updated], []);
        return matchView(updated);
      }),
    pair: (polymarketId, kalshiId) => serial(() => pairNow(polymarketId, kalshiId)),
  };
}
