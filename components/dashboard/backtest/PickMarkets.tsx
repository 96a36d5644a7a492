import { useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { ImportSource } from '../../../lib/core/backtest/import/import-sources';
import { splitMarketRefs } from '../../../lib/core/backtest/import/split-refs';
import { VENUE_NAMES } from '../../../lib/core/model/venue';
import { request } from '../../../lib/messaging/client';
import { formatNumber } from '../../ui/format';
import { errorText } from '../../ui/ui-text';

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50';

type Line = { ok: boolean; text: string };

const count = (record: Record<string, readonly unknown[]> | undefined) =>
  Object.values(record ?? {}).reduce((n, l) => n + l.length, 0);

/** One picked market fetched by the background: the dataset source, and a line saying what came back. */
async function fetchOne(
  input: string,
  days: number,
): Promise<{ source: ImportSource | null; lines: Line[] }> {
  const result = await request('research.buildMarketDataset', { ref: input, days });
  if (!result.ok) {
    const text =
      result.reason === 'venue_off'
        ? i18n.t('backtest.dataset.pick.venueOff', { ref: input, venue: VENUE_NAMES[result.venue] })
        : i18n.t(`backtest.dataset.pick.${result.reason === 'invalid' ? 'invalid' : 'notFound'}`, {
            ref: input,
          });
    return { source: null, lines: [{ ok: false, text }] };
  }
  const venue = VENUE_NAMES[result.venue];
  const { dataset, failedHistories } = result.built;
  const lines: Line[] = dataset.markets.map((m) => {
    const market = m.question || m.id;
    if (failedHistories.includes(m.yesTokenId) || failedHistories.includes(m.noTokenId))
      return { ok: false, text: i18n.t('backtest.dataset.pick.historyFailed', { market, venue }) };
    return {
      ok: true,
      text: i18n.t('backtest.dataset.pick.done', {
        market,
        points: formatNumber(
          (dataset.prices[m.yesTokenId]?.length ?? 0) + (dataset.prices[m.noTokenId]?.length ?? 0),
        ),
        books: formatNumber(
          (dataset.books?.[m.yesTokenId]?.length ?? 0) + (dataset.books?.[m.noTokenId]?.length ?? 0),
        ),
        status: i18n.t(m.resolution ? 'backtest.dataset.pick.resolved' : 'backtest.dataset.pick.open'),
      }),
    };
  });
  const name = `${venue}: ${result.markets.map((m) => m.question || m.id).join(', ')}`;
  return {
    source:
      count(dataset.prices) > 0 || dataset.markets.length > 0 ? { name, dataset, kind: result.venue } : null,
    lines,
  };
}

/**
 * "Markets from Polymarket or Kalshi": ids, slugs or polymarket.com links, Kalshi tickers or
 * kalshi.com links (resolved markets too), fetched one by one by the background, which asks each
 * venue, with the progress shown, a line per market (what came back, or why not), and Stop between
 * two markets.
 */
export function PickMarkets(props: { disabled: boolean; onAdd: (sources: ImportSource[]) => void }) {
  const [text, setText] = useState('');
  const [days, setDays] = useState(30);
  const [progress, setProgress] = useState<{ done: number; total: number; ref: string } | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const stop = useRef(false);

  const fetchAll = async () => {
    const refs = splitMarketRefs(text);
    const out: Line[] = [];
    if (refs.length === 0) out.push({ ok: false, text: i18n.t('backtest.dataset.pick.empty') });
    setLines([...out]);
    stop.current = false;
    const sources: ImportSource[] = [];
    for (const [i, ref] of refs.entries()) {
      if (stop.current) break;
      setProgress({ done: i + 1, total: refs.length, ref });
      try {
        const one = await fetchOne(ref, days);
        if (one.source) sources.push(one.source);
        out.push(...one.lines);
      } catch (e) {
        out.push({
          ok: false,
          text: i18n.t('backtest.dataset.pick.failed', { ref, error: errorText(e) }),
        });
      }
      setLines([...out]);
    }
    setProgress(null);
    if (sources.length > 0) props.onAdd(sources);
  };

  return (
    <div className="mt-3 space-y-2 text-sm">
      <label className="block">
        <span className="text-slate-700">{i18n.t('backtest.dataset.pick.label')}</span>
        <textarea
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-xs"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="pick-markets"
        />
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1">
          {i18n.t('backtest.dataset.pick.days')}
          <input
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(Math.min(365, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
            className="w-20 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        <button
          type="button"
          className={BUTTON}
          disabled={props.disabled || progress !== null}
          onClick={() => void fetchAll()}
        >
          {i18n.t('backtest.dataset.pick.fetch')}
        </button>
        {progress && (
          <>
            <span role="status" className="text-slate-600">
              {i18n.t('backtest.dataset.pick.progress', {
                done: formatNumber(progress.done),
                total: formatNumber(progress.total),
                ref: progress.ref,
              })}
            </span>
            <button type="button" className={BUTTON} onClick={() => (stop.current = true)}>
              {i18n.t('backtest.dataset.pick.stop')}
            </button>
          </>
        )}
      </div>
      {lines.length > 0 && (
        <ul className="space-y-0.5" data-testid="pick-results">
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are appended, never reordered
            <li key={i} className={line.ok ? 'text-slate-700' : 'text-loss'}>
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
