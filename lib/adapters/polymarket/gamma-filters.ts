import type { QueryParams } from './http/build-url';

/** Filters shared by Gamma `/markets` and `/markets/keyset` (names mirror Gamma's query params). */
export interface GammaMarketFilter {
  active?: boolean;
  closed?: boolean;
  archived?: boolean;
  /** Comma-separated field names, e.g. 'volume24hr'. */
  order?: string;
  ascending?: boolean;
  ids?: string[];
  slugs?: string[];
  conditionIds?: string[];
  clobTokenIds?: string[];
  tagId?: number;
  relatedTags?: boolean;
  liquidityNumMin?: number;
  volumeNumMin?: number;
  /** ISO date-times. */
  endDateMin?: string;
  endDateMax?: string;
  startDateMin?: string;
  includeTag?: boolean;
}

export function marketFilterQuery(f: GammaMarketFilter): QueryParams {
  return {
    active: f.active,
    closed: f.closed,
    archived: f.archived,
    order: f.order,
    ascending: f.ascending,
    id: f.ids,
    slug: f.slugs,
    condition_ids: f.conditionIds,
    clob_token_ids: f.clobTokenIds,
    tag_id: f.tagId,
    related_tags: f.relatedTags,
    liquidity_num_min: f.liquidityNumMin,
    volume_num_min: f.volumeNumMin,
    end_date_min: f.endDateMin,
    end_date_max: f.endDateMax,
    start_date_min: f.startDateMin,
    include_tag: f.includeTag,
  };
}

/** Filters for Gamma `/events` and `/events/keyset`. */
export interface GammaEventFilter {
  active?: boolean;
  closed?: boolean;
  archived?: boolean;
  order?: string;
  ascending?: boolean;
  tagId?: number;
  tagSlug?: string;
  excludeTagIds?: number[];
  featured?: boolean;
  liquidityMin?: number;
  volumeMin?: number;
  endDateMin?: string;
  endDateMax?: string;
}

export function eventFilterQuery(f: GammaEventFilter): QueryParams {
  return {
    active: f.active,
    closed: f.closed,
    archived: f.archived,
    order: f.order,
    ascending: f.ascending,
    tag_id: f.tagId,
    tag_slug: f.tagSlug,
    exclude_tag_id: f.excludeTagIds,
    featured: f.featured,
    liquidity_min: f.liquidityMin,
    volume_min: f.volumeMin,
    end_date_min: f.endDateMin,
    end_date_max: f.endDateMax,
  };
}
