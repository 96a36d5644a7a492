import { useState } from 'react';
import { i18n } from '#i18n';
import { datasetToCsv } from '../../../lib/core/backtest/file/dataset-csv';
import { datasetToJson } from '../../../lib/core/backtest/file/dataset-json';
import {
  type ImportResult,
  type ImportSource,
  importSources,
} from '../../../lib/core/backtest/import/import-sources';
import { Card } from '../../ui/Card';
import { formatDate, formatNumber } from '../../ui/format';
import { errorText } from '../../ui/ui-text';
import { downloadText } from '../history/download-text';
import { ImportReport } from './ImportReport';
import { issuesText } from './issue-text';
import { datasetStats, type LoadedDataset, loadDemoDataset, readImportFiles } from './load-dataset';
import { PickMarkets } from './PickMarkets';
import { StoreDatasetButton } from './StoreDatasetButton';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50';

function exportCsv(loaded: LoadedDataset): void {
  const csv = datasetToCsv(loaded.dataset);
  const base = loaded.name.replace(/\.[a-z]+$/i, '');
  for (const [table, text] of Object.entries(csv)) {
    if (typeof text === 'string') downloadText(text, `${base}-${table}.csv`, 'text/csv');
  }
}

/** The combined dataset's name: the only source's, or "dataset" with the number of sources. */
function datasetName(sources: readonly ImportSource[]): string {
  if (sources.length === 1) return sources[0]?.name ?? 'dataset';
  return `dataset-${sources.length}-sources.json`;
}

/**
 * Choose the dataset: the bundled demo, or any mix of files (JSON datasets, CSV tables, trade tapes,
 * price series), markets picked from Polymarket or Kalshi and the markets the bot traded, merged into one, with
 * what each source contributed and what the whole lacks. Export it to share a run.
 */
export function DatasetPanel(props: {
  value: LoadedDataset | null;
  onChange: (d: LoadedDataset | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [sources, setSources] = useState<ImportSource[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);

  const use = (next: ImportSource[]) => {
    const imported = importSources(next);
    setSources(next);
    setResult(imported);
    props.onChange(imported.dataset ? { name: datasetName(next), dataset: imported.dataset } : null);
  };
  const add = (more: ImportSource[]) => {
    const names = new Set(more.map((s) => s.name));
    use([...sources.filter((s) => !names.has(s.name)), ...more]);
  };
  const busy = async (work: () => Promise<void>) => {
    setLoading(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  };
  const loadDemo = () =>
    busy(async () => {
      const parsed = await loadDemoDataset();
      if (parsed.ok) use([{ name: 'backtest-sample.json', dataset: parsed.dataset, kind: 'dataset' }]);
      else setError(i18n.t('backtest.dataset.invalid', { issues: issuesText(parsed.issues) }));
    });
  const stats = props.value ? datasetStats(props.value.dataset) : null;
  return (
    <Card title={i18n.t('backtest.dataset.title')}>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} disabled={loading} onClick={() => void loadDemo()}>
          {i18n.t('backtest.dataset.demo')}
        </button>
        <StoreDatasetButton
          className={BUTTON}
          disabled={loading}
          onLoad={(load) =>
            void busy(async () => {
              const source = await load();
              if (typeof source === 'string') setError(source);
              else add([source]);
            })
          }
        />
        <label className={`${BUTTON} cursor-pointer focus-within:ring-2 focus-within:ring-brand-500`}>
          {i18n.t('backtest.dataset.add')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            className="sr-only"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 0) void busy(async () => add(await readImportFiles(files)));
              e.target.value = '';
            }}
          />
        </label>
        {sources.length > 0 && (
          <button type="button" className={BUTTON} disabled={loading} onClick={() => use([])}>
            {i18n.t('backtest.dataset.clear')}
          </button>
        )}
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
      <PickMarkets disabled={loading} onAdd={add} />
      {error && (
        <p role="alert" className="mt-2 whitespace-pre-line text-sm text-loss">
          {error}
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
      {result && <ImportReport sources={result.sources} missing={result.dataset ? result.missing : null} />}
      {!props.value && !error && sources.length === 0 && (
        <p className="mt-2 text-sm text-slate-500">{i18n.t('backtest.dataset.none')}</p>
      )}
    </Card>
  );
}
