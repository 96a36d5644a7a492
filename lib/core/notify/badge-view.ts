/** What the toolbar badge should say, from facts the caller gathers. */
export interface BadgeFacts {
  openPositions: number;
  /** The last pass failed or an error is active (kill switch tripped, breaker, vault problem…). */
  failing: boolean;
}

export interface BadgeView {
  /** '' clears the badge. */
  text: string;
  color: string;
}

export const BADGE_ERROR_COLOR = '#D32F2F';
export const BADGE_COUNT_COLOR = '#2E7D32';

/** "!" in red when something is wrong, else the number of open positions, else nothing. */
export function badgeView(facts: BadgeFacts): BadgeView {
  if (facts.failing) return { text: '!', color: BADGE_ERROR_COLOR };
  if (facts.openPositions <= 0) return { text: '', color: BADGE_COUNT_COLOR };
  return { text: facts.openPositions > 99 ? '99+' : String(facts.openPositions), color: BADGE_COUNT_COLOR };
}
