import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { pageStore } from './use-store';

/** What the scanner writes to runtime state 'scan.progress' while it works. */
export const scanProgressSchema = z.object({
  scanId: z.string(),
  phase: z.string(),
  seen: z.number().int().nonnegative(),
  shortlisted: z.number().int().nonnegative(),
  scored: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable().optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type ScanProgress = z.infer<typeof scanProgressSchema>;

/** A progress row older than this without an update is a scan that died: not shown as running. */
const STALE_MS = 3 * 60_000;

export function isScanRunning(progress: ScanProgress | undefined, now: number): boolean {
  if (!progress) return false;
  return progress.phase !== 'done' && progress.phase !== 'failed' && now - progress.updatedAt < STALE_MS;
}

export function useScanProgress(): ScanProgress | undefined {
  return useLiveQuery(() => pageStore().runtime.get('scan.progress', scanProgressSchema));
}
