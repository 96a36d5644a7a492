import { i18n } from '#i18n';

/** A market already held: marked as such where an "Enter" button would otherwise be offered. */
export function HeldTag() {
  return (
    <span
      data-testid="held-tag"
      className="shrink-0 whitespace-nowrap rounded-md border border-slate-300 bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700"
    >
      {i18n.t('scanner.held')}
    </span>
  );
}
