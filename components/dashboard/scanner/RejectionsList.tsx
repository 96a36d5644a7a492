import { i18n } from '#i18n';
import { useRejections } from '../../hooks/use-live-data';
import { uiText } from '../../ui/ui-text';

/** Markets the last scan left out, each with the first rule it failed, in words of the UI's language. */
export function RejectionsList() {
  const rows = useRejections(500);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{i18n.t('scanner.noRejections')}</p>;
  return (
    <ul
      className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm"
      data-testid="rejections"
    >
      {rows.map((r) => (
        <li key={r.marketId} className="flex flex-wrap justify-between gap-2 px-3 py-2">
          <span className="font-medium">{r.marketName}</span>
          <span className="text-slate-700">
            {i18n.t('scanner.rejectedBecause', { reason: uiText('rejections', r.message, r.messageText) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
