import type { PositionRow } from '../../core/model/rows/positions';
import { dailyLossBreaker } from '../../core/rules/risk-limits';
import type { Logger } from '../../log/logger';
import type { Settings } from '../../settings/schema';
import type { Store } from '../ports/store-port';

/**
 * The breaker, in one place for the alarm pass, the socket and the entry: the kill switch's
 * "close everything" branch and the daily-loss trip (core dailyLossBreaker on today's realised loss).
 */

/** Local midnight of `now` (the daily-loss breaker's day). */
export function dayStartOf(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The kill switch is on and set to close every open position (the alarm pass closes them). */
export function killSwitchClosesAll(settings: Settings): boolean {
  return settings.killSwitch && settings.limits.killSwitchClosesAll;
}

/** Today's realised loss is past the daily limit. */
export function dailyLossReached(
  positions: readonly PositionRow[],
  now: number,
  settings: Settings,
): boolean {
  return dailyLossBreaker(positions, dayStartOf(now), settings.limits) === 'trip';
}

export interface BreakerDeps {
  store: Pick<Store, 'settings'>;
  logger: Logger;
}

/**
 * The monitor's daily-loss check: reads the positions only when there is a limit to compare with
 * and the kill switch is not already on, and trips the breaker when the limit is passed.
 */
export async function checkDailyLoss(
  deps: BreakerDeps & { store: Pick<Store, 'positions' | 'settings'> },
  settings: Settings,
  now: number,
): Promise<void> {
  if (settings.killSwitch || settings.limits.dailyLossLimitUsd === null) return;
  if (dailyLossReached(await deps.store.positions.all(), now, settings)) await tripDailyLoss(deps, settings);
}

/** Trip the breaker: the kill switch goes on (once; nothing when it already is). */
export async function tripDailyLoss(deps: BreakerDeps, settings: Settings): Promise<void> {
  if (settings.killSwitch) return;
  await deps.store.settings.update({ killSwitch: true });
  deps.logger.warn('daily loss limit reached: kill switch turned on');
}
