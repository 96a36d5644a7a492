import { i18n } from '#i18n';
import type { ScanProgress } from '../hooks/use-scan-progress';
import { formatNumber } from './format';

const phases = ['listing', 'books', 'history', 'scoring', 'saving'] as const;

function phaseLabel(phase: string): string {
  const known = phases.find((p) => p === phase);
  return known ? i18n.t(`scan.phases.${known}`) : phase;
}

/** "1,240 / 5,000 markets, 38 shortlisted, 12 scored" — counts, not a spinner alone. */
export function ScanProgressLine({ progress }: { progress: ScanProgress }) {
  const seen =
    progress.total != null
      ? i18n.t('scan.seenOfTotal', progress.total, {
          seen: formatNumber(progress.seen),
          count: formatNumber(progress.total),
        })
      : i18n.t('scan.seen', progress.seen, { count: formatNumber(progress.seen) });
  const ratio = progress.total ? Math.min(1, progress.seen / progress.total) : null;
  return (
    <div role="status" aria-live="polite" data-testid="scan-progress" className="text-xs text-slate-700">
      <p className="tabular">
        <span
          className="mr-1 inline-block h-2 w-2 animate-pulse rounded-full bg-brand-500"
          aria-hidden="true"
        />
        {i18n.t('scan.running', {
          phase: phaseLabel(progress.phase),
          seen,
          shortlisted: formatNumber(progress.shortlisted),
          scored: formatNumber(progress.scored),
        })}
      </p>
      {ratio !== null && (
        <div className="mt-1 h-1 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div className="h-full bg-brand-500" style={{ width: `${ratio * 100}%` }} />
        </div>
      )}
    </div>
  );
}
