import { i18n } from '#i18n';
import type { MissingNote, SourceReport } from '../../../lib/core/backtest/import/import-report';
import { formatNumber } from '../../ui/format';
import { issueText } from './issue-text';

const SHOWN_ISSUES = 5;
const SHOWN_MISSING = 8;
const COUNTS = ['markets', 'resolutions', 'points', 'books', 'scores', 'trades'] as const;

/** "2 markets · 1 resolution · 348 price points from 6 trades", or "nothing". */
function contributed(source: SourceReport): string {
  const parts = COUNTS.filter((key) => source[key] > 0).map((key) =>
    i18n.t(`backtest.dataset.report.${key}`, source[key], { count: formatNumber(source[key]) }),
  );
  return parts.length === 0 ? i18n.t('backtest.dataset.report.nothing') : parts.join(' · ');
}

function missingText(note: MissingNote): string {
  switch (note.note) {
    case 'some_books':
      return i18n.t('backtest.dataset.report.missing.some_books', { count: formatNumber(note.without) });
    case 'no_resolution':
      return i18n.t('backtest.dataset.report.missing.no_resolution', { market: note.market });
    case 'no_prices':
      return i18n.t(`backtest.dataset.report.missing.no_prices_${note.side}`, { market: note.market });
    default:
      return i18n.t(`backtest.dataset.report.missing.${note.note}`);
  }
}

/** What each imported file or fetched market added (with its bad rows by line), and what the whole lacks. */
export function ImportReport({
  sources,
  missing,
}: {
  sources: SourceReport[];
  missing: MissingNote[] | null;
}) {
  if (sources.length === 0) return null;
  return (
    <div className="mt-3 space-y-2 text-sm">
      <h3 className="font-semibold text-slate-700">{i18n.t('backtest.dataset.report.title')}</h3>
      <ul className="space-y-1" data-testid="import-report">
        {sources.map((s) => (
          <li key={s.name} data-testid="import-source">
            <span className="font-medium">{s.name}</span>{' '}
            <span className="text-slate-500">({i18n.t(`backtest.dataset.report.kinds.${s.kind}`)})</span>
            {i18n.t('backtest.dataset.report.colon')}
            {contributed(s)}
            {s.issues.length > 0 && (
              <ul className="ml-4 list-disc text-loss" data-testid="import-issues">
                {s.issues.slice(0, SHOWN_ISSUES).map((issue) => (
                  <li key={JSON.stringify(issue)}>{issueText(issue)}</li>
                ))}
                {s.issues.length > SHOWN_ISSUES && (
                  <li>
                    {i18n.t('backtest.dataset.report.more', {
                      count: formatNumber(s.issues.length - SHOWN_ISSUES),
                    })}
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {missing !== null && (
        <div
          role="note"
          data-testid="import-missing"
          className="rounded-md bg-amber-50 px-3 py-2 text-amber-900"
        >
          <p className="font-semibold">{i18n.t('backtest.dataset.report.missingTitle')}</p>
          {missing.length === 0 ? (
            <p>{i18n.t('backtest.dataset.report.complete')}</p>
          ) : (
            <ul className="list-disc pl-4">
              {missing.slice(0, SHOWN_MISSING).map((note) => (
                <li key={JSON.stringify(note)}>{missingText(note)}</li>
              ))}
              {missing.length > SHOWN_MISSING && (
                <li>
                  {i18n.t('backtest.dataset.report.more', {
                    count: formatNumber(missing.length - SHOWN_MISSING),
                  })}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
