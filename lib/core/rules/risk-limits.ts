import { formatUsd } from '../model/display';
import { type Micros, toMicros } from '../model/money';
import { isOpen, type Position, positionCapital } from '../model/position';

/** Portfolio limits checked before any entry (settings; money in plain USD). */
export interface RiskLimits {
  maxTotalExposureUsd: number;
  /** Cap per Gamma event (neg-risk siblings count together); null for none. */
  maxPerEventUsd: number | null;
  noEntryHoursBeforeEnd: number;
  stopLossCooldownHours: number;
  /** Realised loss per day that trips the breaker; null for none. */
  dailyLossLimitUsd: number | null;
}

export interface EntryCandidate {
  marketId: string;
  eventId: string | null;
  endTime: number | null;
  /** Capital the entry would commit. */
  capital: Micros;
}

export interface RiskContext {
  /** Every known position: open ones for exposure, recently closed ones for the cooldown. */
  positions: readonly Position[];
  killSwitch: boolean;
  maxPositions: number;
  now: number;
}

export type RiskRule =
  | 'kill_switch'
  | 'max_positions'
  | 'already_in_market'
  | 'too_close_to_end'
  | 'stop_loss_cooldown'
  | 'max_exposure'
  | 'max_per_event';

/** A refusal: the rule, its English message, and its numbers for the UI's own words (money in micros). */
export type RiskCheck =
  | { allowed: true }
  | { allowed: false; rule: RiskRule; message: string; params: Record<string, number> };

const HOUR_MS = 3_600_000;

/** Capital still at risk in an open position: what went in minus what already came back, never < 0. */
export function positionExposure(position: Position): Micros {
  return isOpen(position) ? Math.max(0, positionCapital(position) - position.realisedProceeds) : 0;
}

function deny(rule: RiskRule, message: string, params: Record<string, number> = {}): RiskCheck {
  return { allowed: false, rule, message, params };
}

/** The first limit an entry would break, or allowed. */
export function checkEntryRisk(
  candidate: EntryCandidate,
  context: RiskContext,
  limits: RiskLimits,
): RiskCheck {
  const { positions, now } = context;
  const open = positions.filter(isOpen);
  if (context.killSwitch) return deny('kill_switch', 'The kill switch is on: no new positions');
  if (open.length >= context.maxPositions) {
    return deny('max_positions', `${open.length} positions are open, your limit is ${context.maxPositions}`, {
      open: open.length,
      max: context.maxPositions,
    });
  }
  if (open.some((p) => p.marketId === candidate.marketId)) {
    return deny('already_in_market', 'A position in this market is already open');
  }
  if (candidate.endTime !== null && candidate.endTime - now < limits.noEntryHoursBeforeEnd * HOUR_MS) {
    return deny('too_close_to_end', `Market ends within ${limits.noEntryHoursBeforeEnd} h: no new entries`, {
      hours: limits.noEntryHoursBeforeEnd,
    });
  }
  const cooldownFrom = now - limits.stopLossCooldownHours * HOUR_MS;
  const recentStop = positions.some(
    (p) =>
      p.marketId === candidate.marketId &&
      p.closeReason === 'stop_loss' &&
      p.closedAt !== null &&
      p.closedAt > cooldownFrom,
  );
  if (recentStop) {
    return deny(
      'stop_loss_cooldown',
      `Stopped out of this market less than ${limits.stopLossCooldownHours} h ago`,
      { hours: limits.stopLossCooldownHours },
    );
  }
  const exposure = open.reduce((sum, p) => sum + positionExposure(p), 0);
  const maxExposure = toMicros(limits.maxTotalExposureUsd);
  if (exposure + candidate.capital > maxExposure) {
    return deny(
      'max_exposure',
      `Exposure would reach ${formatUsd(exposure + candidate.capital)}, above your ${formatUsd(maxExposure)} limit`,
      { exposureUsd: exposure + candidate.capital, limitUsd: maxExposure },
    );
  }
  if (limits.maxPerEventUsd !== null && candidate.eventId !== null) {
    const inEvent = open
      .filter((p) => p.eventId === candidate.eventId)
      .reduce((sum, p) => sum + positionExposure(p), 0);
    const maxEvent = toMicros(limits.maxPerEventUsd);
    if (inEvent + candidate.capital > maxEvent) {
      return deny(
        'max_per_event',
        `This event would hold ${formatUsd(inEvent + candidate.capital)}, above your ${formatUsd(maxEvent)} per-event limit`,
        { eventUsd: inEvent + candidate.capital, limitUsd: maxEvent },
      );
    }
  }
  return { allowed: true };
}

/** Realised P&L of positions closed since `dayStart` (epoch ms of the user's local midnight). */
export function realisedSince(positions: readonly Position[], dayStart: number): Micros {
  return positions
    .filter((p) => p.status === 'closed' && p.closedAt !== null && p.closedAt >= dayStart)
    .reduce((sum, p) => sum + p.pnl, 0);
}

/** 'trip' when today's realised loss exceeds the daily limit; the shell then turns the kill switch on. */
export function dailyLossBreaker(
  positions: readonly Position[],
  dayStart: number,
  limits: RiskLimits,
): 'ok' | 'trip' {
  if (limits.dailyLossLimitUsd === null) return 'ok';
  return -realisedSince(positions, dayStart) > toMicros(limits.dailyLossLimitUsd) ? 'trip' : 'ok';
}
