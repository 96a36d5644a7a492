import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';

const SORT_KEYS: Record<string, (m: FakeMarket) => number> = {
  id: (m) => Number(m.id),
  volume: (m) => m.volume,
  volumeNum: (m) => m.volume,
  volume24hr: (m) => m.volume24hr,
  volume1wk: (m) => m.volume1wk,
  liquidity: (m) => m.liquidity,
  liquidityNum: (m) => m.liquidity,
  endDate: (m) => m.endDateMs,
  startDate: (m) => m.startDateMs,
  createdAt: (m) => m.createdAtMs,
};

/** Array params may be repeated (`id=1&id=2`), bracketed (`id[]=1`) or comma-separated. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)].flatMap((v) => v.split(',')).filter(Boolean);
}

function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  return value === null ? undefined : value === 'true';
}

/**
 * Gamma /markets filters (active, closed, archived, id, slug, condition_ids, clob_token_ids) and ordering.
 * `closedDefault`: the real /markets and /markets/keyset answer `closed=false` when the parameter is
 * absent (since 2026-04-09, polymarket-ctf.md §7): a closed market is found by id or slug only with
 * `closed=true`. /events keeps both (undefined).
 */
export function filterMarkets(
  state: FakePolymarketState,
  query: URLSearchParams,
  closedDefault?: boolean,
): FakeMarket[] {
  const active = boolParam(query, 'active');
  const closed = boolParam(query, 'closed') ?? closedDefault;
  const archived = boolParam(query, 'archived');
  const ids = new Set(listParam(query, 'id'));
  const slugs = new Set(listParam(query, 'slug'));
  const conditions = new Set(listParam(query, 'condition_ids').map((c) => c.toLowerCase()));
  const tokens = new Set(listParam(query, 'clob_token_ids'));
  const result = state.markets.filter(
    (m) =>
      (active === undefined || m.active === active) &&
      (closed === undefined || m.closed === closed) &&
      (archived === undefined || m.archived === archived) &&
      (ids.size === 0 || ids.has(m.id)) &&
      (slugs.size === 0 || slugs.has(m.slug)) &&
      (conditions.size === 0 || conditions.has(m.conditionId.toLowerCase())) &&
      (tokens.size === 0 || m.tokens.some((t) => tokens.has(t.tokenId))),
  );
  const order = (query.get('order') ?? '').split(',').filter((key) => key in SORT_KEYS);
  const ascending = query.get('ascending') === 'true';
  if (order.length === 0) return result;
  return [...result].sort((a, b) => {
    for (const key of order) {
      const pick = SORT_KEYS[key];
      if (!pick) continue;
      const diff = pick(a) - pick(b);
      if (diff !== 0) return ascending ? diff : -diff;
    }
    return Number(a.id) - Number(b.id);
  });
}

export function limitOffset(query: URLSearchParams, defaultLimit: number, maxLimit: number) {
  const limit = Math.min(maxLimit, Math.max(0, Number(query.get('limit') ?? defaultLimit) || 0));
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  return { limit, offset };
}
