import { z } from 'zod';
import type { Clock } from '../../ports';
import type { Store } from '../ports/store-port';

export const SCAN_PROGRESS_KEY = 'scan.progress';

/** Runtime state 'scan.progress', for "1,240 / 5,000 markets, 38 shortlisted". */
export const scanProgressSchema = z.object({
  scanId: z.string(),
  phase: z.enum(['listing', 'books', 'history', 'scoring', 'saving', 'done', 'failed']),
  seen: z.number().int().nonnegative(),
  shortlisted: z.number().int().nonnegative(),
  scored: z.number().int().nonnegative(),
  /** The previous scan's count while listing (an estimate), exact once listing is over. */
  total: z.number().int().nonnegative().nullable(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type ScanProgress = z.infer<typeof scanProgressSchema>;
export type ScanPhase = ScanProgress['phase'];

/**
 * Writes progress at most every `intervalMs` (phase changes and the final state always go
 * through), so thousands of markets do not mean thousands of IndexedDB writes.
 */
export class ScanProgressReporter {
  private lastWrite = Number.NEGATIVE_INFINITY;
  private lastPhase: ScanPhase | null = null;
  readonly state: ScanProgress;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    scanId: string,
    estimatedTotal: number | null,
    private readonly intervalMs = 500,
  ) {
    const now = clock.now();
    this.state = {
      scanId,
      phase: 'listing',
      seen: 0,
      shortlisted: 0,
      scored: 0,
      total: estimatedTotal,
      startedAt: now,
      updatedAt: now,
    };
  }

  /** Previous scan's market count, as this scan's estimate. */
  static async previousTotal(store: Store): Promise<number | null> {
    const previous = await store.runtime.get(SCAN_PROGRESS_KEY, scanProgressSchema);
    return previous?.phase === 'done' ? previous.total : null;
  }

  async update(patch: Partial<Omit<ScanProgress, 'scanId' | 'startedAt' | 'updatedAt'>>, force = false) {
    Object.assign(this.state, patch);
    const now = this.clock.now();
    const phaseChanged = this.state.phase !== this.lastPhase;
    if (!force && !phaseChanged && now - this.lastWrite < this.intervalMs) return;
    this.state.updatedAt = now;
    this.lastWrite = now;
    this.lastPhase = this.state.phase;
    await this.store.runtime.set(SCAN_PROGRESS_KEY, { ...this.state });
  }
}
