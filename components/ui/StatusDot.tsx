import type { PassLogRow } from '../../lib/core/model/rows/pass-log';
import { outcomeLabel } from './pass-label';

const colour: Record<PassLogRow['outcome'], string> = {
  ok: 'bg-green-600',
  degraded: 'bg-amber-500',
  failed: 'bg-red-600',
  running: 'bg-blue-500 animate-pulse',
};

/** Green ok, amber degraded, red failed, grey never run. */
export function StatusDot({ outcome }: { outcome: PassLogRow['outcome'] | undefined }) {
  return (
    <span
      role="img"
      aria-label={outcomeLabel(outcome)}
      className={`inline-block h-2.5 w-2.5 rounded-full ${outcome ? colour[outcome] : 'bg-slate-300'}`}
    />
  );
}
