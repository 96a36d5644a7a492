import { useState } from 'react';
import { i18n } from '#i18n';
import type { LogRow } from '../../../lib/core/model/rows/logs';
import { request } from '../../../lib/messaging/client';
import { usePolled } from '../../hooks/use-polled';
import { formatNumber } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { errorText } from '../../ui/ui-text';
import { downloadText } from '../history/download-text';

const LIMIT = 200;
const loadLogs = () => request('logs.recent', { limit: LIMIT });

const levelClass: Record<LogRow['level'], string> = {
  debug: 'text-slate-500',
  info: 'text-slate-700',
  warn: 'text-warn font-semibold',
  error: 'text-loss font-semibold',
};

function logTime(at: number): string {
  return new Date(at).toLocaleString(uiLocale(), {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** The newest log lines (already redacted by the logger), and the full log as a JSON Lines file. */
export function LogsPanel() {
  const logs = usePolled(loadLogs, 15_000);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Log lines are the developers' English: in another language they are shown only on request.
  const [showLines, setShowLines] = useState(() => uiLocale().startsWith('en'));

  async function exportLogs() {
    setExporting(true);
    setExportError(null);
    try {
      const text = await request('logs.export', {});
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
      downloadText(text, `equilibrage-logs-${stamp}.jsonl`, 'application/x-ndjson');
    } catch (e) {
      setExportError(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  // Oldest first from the background: newest on top here.
  const rows = [...(logs.data ?? [])].reverse();
  return (
    <section aria-labelledby="logs-heading" className="space-y-2" data-testid="logs-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="logs-heading" className="text-base font-semibold">
          {i18n.t('logsPanel.title')}
        </h2>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={logs.refresh}
            disabled={logs.busy}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
          >
            {i18n.t('logsPanel.refresh')}
          </button>
          <button
            type="button"
            onClick={() => void exportLogs()}
            disabled={exporting}
            aria-busy={exporting}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
          >
            {exporting ? i18n.t('logsPanel.exporting') : i18n.t('logsPanel.export')}
          </button>
        </div>
      </div>
      {(logs.error ?? exportError) && (
        <p role="alert" className="text-sm text-loss">
          {logs.error ?? exportError}
        </p>
      )}
      {logs.data !== undefined && rows.length === 0 && (
        <p className="text-sm text-slate-600">{i18n.t('logsPanel.empty')}</p>
      )}
      {rows.length > 0 && !showLines && (
        <p className="text-sm text-slate-600">
          {i18n.t('logsPanel.technical', rows.length, { count: formatNumber(rows.length) })}{' '}
          <button
            type="button"
            onClick={() => setShowLines(true)}
            className="font-medium text-brand-600 underline hover:text-brand-500"
          >
            {i18n.t('logsPanel.showLines')}
          </button>
        </p>
      )}
      {rows.length > 0 && showLines && (
        <ScrollRegion className="max-h-96 overflow-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="tabular w-full border-collapse text-xs">
            <caption className="sr-only">
              {i18n.t('logsPanel.caption', rows.length, { count: formatNumber(rows.length) })}
            </caption>
            <thead className="sticky top-0 bg-slate-100 text-left uppercase text-slate-600">
              <tr>
                <th scope="col" className="w-0 whitespace-nowrap p-2">
                  {i18n.t('logsPanel.time')}
                </th>
                <th scope="col" className="w-0 whitespace-nowrap p-2">
                  {i18n.t('logsPanel.level')}
                </th>
                <th scope="col" className="w-0 whitespace-nowrap p-2">
                  {i18n.t('logsPanel.scope')}
                </th>
                <th scope="col" className="p-2">
                  {i18n.t('logsPanel.message')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr
                  key={row.id ?? `${row.at}-${index}`}
                  className="border-t border-slate-100"
                  data-testid="log-row"
                >
                  <td className="whitespace-nowrap p-2 text-slate-600">{logTime(row.at)}</td>
                  <td className={`p-2 ${levelClass[row.level]}`}>
                    {i18n.t(`logsPanel.levels.${row.level}`)}
                  </td>
                  <td className="whitespace-nowrap p-2 font-mono text-slate-700">{row.scope}</td>
                  <td className="p-2 break-words">{row.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
