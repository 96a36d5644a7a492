import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import { type WatchedMarket, watchedMarkets } from '../../../lib/core/rules/watched-markets';
import { isSingleSide } from '../../../lib/core/strategies/strategy-names';
import type { Settings } from '../../../lib/settings/schema';
import { useNow } from '../../hooks/use-now';
import { pageStore } from '../../hooks/use-store';
import { formatAgo, formatCents, formatPercent } from '../../ui/format';
import { Gauge } from '../../ui/Gauge';
import { outcomeLabel } from '../../ui/outcome-label';

function SideMove({ label, from, to }: { label: string; from: number | null; to: number | null }) {
  const move = from !== null && to !== null && from > 0 ? (to - from) / from : null;
  return (
    <span>
      <span className="font-medium">{label}</span> {formatCents(from)} → {formatCents(to)}
      {move !== null && (
        <span className={move > 0 ? 'text-gain' : move < 0 ? 'text-loss' : ''}>
          {' '}
          ({formatPercent(move, undefined, true)})
        </span>
      )}
    </span>
  );
}

function WatchedRow({ w, threshold, now }: { w: WatchedMarket; threshold: number; now: number }) {
  const lead = w.progress;
  const leadLabel = lead ? outcomeLabel(lead.side === 'yes' ? w.yesLabel : w.noLabel, lead.side) : '';
  const progressText = lead
    ? i18n.t('watching.progress', {
        side: leadLabel,
        move: formatPercent(Math.abs(lead.move)),
        threshold: formatPercent(threshold),
      })
    : i18n.t('watching.noPrice');
  return (
    <li className="py-2 text-sm" data-testid="watched-market">
      <p className="truncate font-medium" title={w.question}>
        {w.question}
      </p>
      <p className="tabular flex flex-wrap gap-x-3 text-xs text-slate-700">
        <SideMove label={outcomeLabel(w.yesLabel, 'yes')} from={w.reference.yes} to={w.marks.yes} />
        <SideMove label={outcomeLabel(w.noLabel, 'no')} from={w.reference.no} to={w.marks.no} />
      </p>
      <div className="mt-1">
        <Gauge value={lead?.progress ?? 0} label={i18n.t('watching.gaugeLabel')} valueText={progressText} />
      </div>
      <p className="mt-0.5 text-xs text-slate-600">
        {progressText} ·{' '}
        {i18n.t('watching.seen', {
          first: formatAgo(w.firstSeenAt, now),
          checked: formatAgo(w.marksAt, now),
        })}
      </p>
    </li>
  );
}

/** Markets shown at most (newest first). */
const WATCH_LIMIT = 50;

/**
 * What a single-side strategy (momentum, mean reversion) is waiting for: each watched market's
 * prices when first seen and now, and how far the leading side is toward the threshold. Hidden for
 * the balancing strategy.
 */
export function WatchingPanel({ settings }: { settings: Settings }) {
  const { kind, divergenceThreshold } = settings.strategy;
  const { mode } = settings;
  const now = useNow(30_000);
  const watched = useLiveQuery(
    async () => {
      if (!isSingleSide(kind)) return [];
      const store = pageStore();
      const references = await store.priceReferences.watching(mode, WATCH_LIMIT);
      const markets = await store.markets.getMany(references.map((r) => r.marketId));
      return watchedMarkets(references, markets, kind, divergenceThreshold);
    },
    [kind, divergenceThreshold, mode],
    [],
  );
  if (kind === 'balancing') return null;
  const strategy = i18n.t(`backtest.strategies.${kind}`);
  return (
    <section
      aria-labelledby="watching-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="watching-panel"
    >
      <h2 id="watching-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        {i18n.t('watching.title', { strategy, count: String(watched.length) })}
      </h2>
      <p className="mt-1 text-xs text-slate-600">
        {i18n.t(kind === 'momentum' ? 'watching.introMomentum' : 'watching.introMeanReversion', {
          threshold: formatPercent(divergenceThreshold),
        })}{' '}
        {!settings.autoEntry && i18n.t('watching.autoEntryOff')}
      </p>
      {watched.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{i18n.t('watching.empty')}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100">
          {watched.map((w) => (
            <WatchedRow key={w.marketId} w={w} threshold={divergenceThreshold} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
