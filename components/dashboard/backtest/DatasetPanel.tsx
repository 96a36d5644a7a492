import { useState } from 'react';
import { i18n } from '#i18n';
import { datasetToCsv } from '../../../lib/core/backtest/file/dataset-csv';
import { describeIssues } from '../../../lib/core/backtest/file/dataset-issues';
import { datasetToJson } from '../../../lib/core/backtest/file/dataset-json';
import { Card } from '../../ui/Card';
import { formatDate, formatNumber } from '../../ui/format';
import { downloadText } from '../history/download-text';
import { datasetStats, type LoadedDataset, loadDemoDataset, parseDatasetFiles } from './load-dataset';
import { StoreDatasetButton } from './StoreDatasetButton';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100';

function exportCsv(loaded: LoadedDataset): void {
  const csv = datasetToCsv(loaded.dataset);
  const base = loaded.name.replace(/\.[a-z]+$/i, '');
  for (const [table, text] of Object.entries(csv)) {
    if (typeof text === 'string') downloadText(text, `${base}-${table}.csv`, 'text/csv');
  }
}

/** Choose the dataset: the bundled demo or files (JSON, or CSV tables); export it to share a run. */
export function DatasetPanel(props: { value: LoadedDataset | null; onChange: (d: LoadedDataset) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const accept = async (name: string, load: () => Promise<Awaited<ReturnType<typeof loadDemoDataset>>>) => {
    setLoading(true);
    setError(null);
    try {
      const parsed = await load();
      if (parsed.ok) props.onChange({ name, dataset: parsed.dataset });
      else setError(describeIssues(parsed.issues));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  const stats = props.value ? datasetStats(props.value.dataset) : null;
  return (
    <Card title={i18n.t('backtest.dataset.title')}>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={loading}
          onClick={() => accept('backtest-sample.json', loadDemoDataset)}
        >
          {i18n.t('backtest.dataset.demo')}
        </button>
        <StoreDatasetButton
          className={BUTTON}
          disabled={loading}
          onLoad={(name, load) => void accept(name, load)}
        />
        <label className={`${BUTTON} cursor-pointer focus-within:ring-2 focus-within:ring-brand-500`}>
          {i18n.t('backtest.dataset.import')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            className="sr-only"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 0) void accept(files[0]?.name ?? 'dataset', () => parseDatasetFiles(files));
              e.target.value = '';
            }}
          />
        </label>
        {props.value && (
          <>
            <button
              type="button"
              className={BUTTON}
              onClick={() =>
                props.value &&
                downloadText(
                  datasetToJson(props.value.dataset),
                  `${props.value.name.replace(/\.[a-z]+$/i, '')}.json`,
                  'application/json',
                )
              }
            >
              {i18n.t('backtest.dataset.exportJson')}
            </button>
            <button type="button" className={BUTTON} onClick={() => props.value && exportCsv(props.value)}>
              {i18n.t('backtest.dataset.exportCsv')}
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-2 whitespace-pre-line text-sm text-loss">
          {i18n.t('backtest.dataset.invalid', { issues: error })}
        </p>
      )}
      {props.value && stats && (
        <p className="mt-2 text-sm text-slate-700" data-testid="dataset-summary">
          <span className="font-medium">{props.value.name}</span> ·{' '}
          {i18n.t('backtest.dataset.summary', stats.markets, {
            count: formatNumber(stats.markets),
            resolved: formatNumber(stats.resolved),
            points: formatNumber(stats.points),
            books: formatNumber(stats.books),
          })}
          {stats.start !== null &&
            stats.end !== null &&
            ` · ${formatDate(stats.start)} – ${formatDate(stats.end)}`}
        </p>
      )}
      {!props.value && !error && (
        <p className="mt-2 text-sm text-slate-500">{i18n.t('backtest.dataset.none')}</p>
      )}
    </Card>
  );
}
