import type { OutcomeSide } from '../model/outcome-side';

/** What the store says about one leg of an entry in flight. */
export interface LegProgress {
  /** Shares held on this side now. */
  shares: number;
  /** Buy orders of this leg that failed (rejected, killed, or never reached the exchange). */
  failedBuys: number;
  /** Buy orders of this leg that filled. */
  filledBuys: number;
}

export type EntryStep =
  | { kind: 'activate' }
  | { kind: 'buy'; side: OutcomeSide; attempt: 1 | 2 }
  | { kind: 'unwind'; side: OutcomeSide }
  | { kind: 'abort' };

/**
 * The next step of an entry, derived only from stored facts (so a restarted worker resumes where a
 * killed one stopped). strategy.md Entry: buy YES then NO; if one leg fills and the other fails,
 * retry the other once on a fresh book; if it fails again, sell the filled leg back. Without a
 * fresh plan (after a restart) an entry with nothing filled is abandoned rather than sent stale.
 */
export function nextEntryStep(yes: LegProgress, no: LegProgress, hasPlan: boolean): EntryStep {
  const yesHeld = yes.shares > 0;
  const noHeld = no.shares > 0;
  if (yesHeld && noHeld) return { kind: 'activate' };
  if (!yesHeld && !noHeld) {
    const untouched = yes.failedBuys + yes.filledBuys + no.failedBuys + no.filledBuys === 0;
    return hasPlan && untouched ? { kind: 'buy', side: 'yes', attempt: 1 } : { kind: 'abort' };
  }
  const filled: OutcomeSide = yesHeld ? 'yes' : 'no';
  const other: OutcomeSide = yesHeld ? 'no' : 'yes';
  const failures = (yesHeld ? no : yes).failedBuys;
  if (failures === 0) return { kind: 'buy', side: other, attempt: 1 };
  if (failures === 1) return { kind: 'buy', side: other, attempt: 2 };
  return { kind: 'unwind', side: filled };
}

/**
 * The next step of a single-side entry (momentum, mean reversion): one FOK buy of the planned side.
 * Shares held → active; nothing sent yet and a fresh plan → buy it; anything else (the buy was
 * killed or rejected, or a restart left no plan) → abandon: nothing is held, so nothing to unwind.
 */
export function nextOneLegStep(
  yes: LegProgress,
  no: LegProgress,
  plannedSide: OutcomeSide | null,
): EntryStep {
  if (yes.shares > 0 || no.shares > 0) return { kind: 'activate' };
  const untouched = yes.failedBuys + yes.filledBuys + no.failedBuys + no.filledBuys === 0;
  return plannedSide !== null && untouched
    ? { kind: 'buy', side: plannedSide, attempt: 1 }
    : { kind: 'abort' };
}

/**
 * The kill switch stops an entry already in progress: no further leg is bought. A lone filled leg
 * of a balanced entry is unwound (the one-leg rule); with nothing held the entry is abandoned.
 * Other steps (activate, unwind, abort) go on as planned.
 */
export function haltedEntryStep(step: EntryStep, yes: LegProgress, no: LegProgress): EntryStep {
  if (step.kind !== 'buy') return step;
  if (yes.shares > 0) return { kind: 'unwind', side: 'yes' };
  if (no.shares > 0) return { kind: 'unwind', side: 'no' };
  return { kind: 'abort' };
}
