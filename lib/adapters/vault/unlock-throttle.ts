import type { UnlockAttempts } from './vault-records';

/** Failures allowed before any delay. */
export const FREE_FAILURES = 2;
export const MAX_UNLOCK_DELAY_MS = 60_000;

/** Delay imposed after `failures` consecutive failures: 0, 0, 1 s, 2 s, 4 s … capped at 60 s. */
export function unlockDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_UNLOCK_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES - 1));
}

/** How long until the next attempt is allowed (0 = now). A clock set backwards cannot extend it. */
export function remainingUnlockDelayMs(attempts: UnlockAttempts, now: number): number {
  if (attempts.lastFailureAt === null) return 0;
  const delay = unlockDelayMs(attempts.failures);
  return Math.max(0, Math.min(delay, attempts.lastFailureAt + delay - now));
}
