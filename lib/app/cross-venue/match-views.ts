import type { CrossVenueMatchRow } from '../../core/model/rows/cross-venue-matches';
import type { CrossVenueMatchView } from '../../messaging/cross-venue-protocol';

/** Below this confidence a pair the user did not confirm is not shown (the matcher's "unlikely"). */
export const SHOWN_CONFIDENCE = 0.4;

/** A stored pair as the views see it. */
export function matchView(row: CrossVenueMatchRow): CrossVenueMatchView {
  return {
    id: row.id,
    left: row.left,
    right: row.right,
    confidence: row.confidence,
    reasons: row.reasons,
    orientation: row.orientation,
    verdict: row.verdict,
    manual: row.manual,
    gap: row.gap,
    checkedAt: row.checkedAt,
  };
}

/** Shown: confirmed, or proposed with at least SHOWN_CONFIDENCE; rejected ones only when asked for. */
export function isShown(row: CrossVenueMatchRow, includeRejected = false): boolean {
  if (row.verdict === 'rejected') return includeRejected;
  return row.verdict === 'confirmed' || row.confidence >= SHOWN_CONFIDENCE;
}

/** Best gap first (pairs without a gap last), then the most confident. */
export function byBestGap(a: CrossVenueMatchRow, b: CrossVenueMatchRow): number {
  const ga = a.gap?.gap ?? Number.NEGATIVE_INFINITY;
  const gb = b.gap?.gap ?? Number.NEGATIVE_INFINITY;
  if (ga !== gb) return gb > ga ? 1 : -1;
  return b.confidence - a.confidence;
}

/** The shown pairs as views, best gap first. */
export function shownViews(
  rows: readonly CrossVenueMatchRow[],
  includeRejected = false,
): CrossVenueMatchView[] {
  return rows
    .filter((r) => isShown(r, includeRejected))
    .sort(byBestGap)
    .map(matchView);
}
