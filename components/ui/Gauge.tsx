/**
 * Progress toward a threshold (0 → 1): grey/blue while far, amber from 70 % of the way, red at the
 * threshold. Announced as a meter with its own words.
 */
export function Gauge(props: { value: number; label: string; valueText: string }) {
  const ratio = Math.max(0, Math.min(1, props.value));
  const colour = ratio >= 1 ? 'bg-red-600' : ratio >= 0.7 ? 'bg-amber-500' : 'bg-brand-500';
  return (
    // biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot take the amber/red colours reliably
    <div
      role="meter"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(ratio * 100)}
      aria-valuetext={props.valueText}
      className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className={`h-full rounded-full ${colour}`} style={{ width: `${Math.max(2, ratio * 100)}%` }} />
    </div>
  );
}

/** Whether a value is close enough to its threshold to be shown in amber. */
export function isNear(ratio: number): boolean {
  return ratio >= 0.7;
}
