import { i18n } from '#i18n';

/**
 * When no scanned market reaches the entry threshold, say so and why, with the best score seen and
 * what would raise it (news counts 0 while off, so scores top out at 8 without it).
 */
export function ThresholdNote(props: { best: number; threshold: number; newsOn: boolean }) {
  if (props.best >= props.threshold) return null;
  return (
    <p
      role="note"
      data-testid="threshold-note"
      className="mb-2 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900"
    >
      {i18n.t('popup.belowThreshold', { best: String(props.best), threshold: String(props.threshold) })}{' '}
      {props.newsOn ? i18n.t('popup.belowThresholdNewsOn') : i18n.t('popup.belowThresholdNewsOff')}
    </p>
  );
}
