import { i18n } from '#i18n';
import { request } from '../../lib/messaging/client';
import type { CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import type { OverlayPosition } from '../../lib/messaging/overlay-protocol';
import type { OverlayScore } from '../../lib/messaging/protocol';
import { factorRawText } from '../dashboard/scanner/factor-raw';
import { useAction } from '../hooks/use-action';
import { formatCents, formatPercent, formatSignedUsd } from '../ui/format';
import { outcomeLabel } from '../ui/outcome-label';
import { OverlayCrossVenue } from './OverlayCrossVenue';

const factorKeys = ['liquidity', 'volatility', 'whales', 'news'] as const;

function PositionState({ p }: { p: OverlayPosition }) {
  const pnlColour = p.pnl > 0 ? 'text-gain' : p.pnl < 0 ? 'text-loss' : '';
  return (
    <div className="mt-2 border-t border-slate-200 pt-2 dark:border-slate-700" data-testid="overlay-position">
      <p className="font-semibold">
        {i18n.t('overlay.yourPosition')}{' '}
        <span className={`tabular ${pnlColour}`}>
          {formatSignedUsd(p.pnl)} ({formatPercent(p.capital > 0 ? p.pnl / p.capital : 0, undefined, true)})
        </span>
      </p>
      <p className="tabular">
        {[
          p.entryPriceYes > 0
            ? `${outcomeLabel(p.yesLabel, 'yes')} ${formatCents(p.entryPriceYes)} → ${formatCents(p.currentPriceYes)}`
            : '',
          p.entryPriceNo > 0
            ? `${outcomeLabel(p.noLabel, 'no')} ${formatCents(p.entryPriceNo)} → ${formatCents(p.currentPriceNo)}`
            : '',
        ]
          .filter((side) => side !== '')
          .join(' · ')}
      </p>
      {p.status === 'liquidated' && (
        <p className="text-warn dark:text-amber-400">
          {i18n.t('position.liquidated', {
            sold:
              p.liquidatedSide === 'yes' ? outcomeLabel(p.yesLabel, 'yes') : outcomeLabel(p.noLabel, 'no'),
            held:
              p.liquidatedSide === 'yes' ? outcomeLabel(p.noLabel, 'no') : outcomeLabel(p.yesLabel, 'yes'),
          })}
        </p>
      )}
    </div>
  );
}

/** The score's factors, whale activity, the user's position, and a way to enter (in the extension). */
export function OverlayPopover(props: {
  id: string;
  slug: string;
  score: OverlayScore | null;
  position: OverlayPosition | null;
  crossVenue?: readonly CrossVenueMatchView[];
}) {
  const open = useAction(() => request('overlay.openEntry', { slug: props.slug }));
  return (
    <div
      id={props.id}
      role="dialog"
      aria-label={i18n.t('overlay.details')}
      className="absolute top-full right-0 z-[2147483647] mt-1 w-80 rounded-xl border border-slate-200 bg-white p-3 text-xs text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {props.score ? (
        <>
          <p className="mb-1 font-semibold">
            {i18n.t('overlay.scoreTitle', { score: String(props.score.score) })}
          </p>
          <ul className="space-y-1">
            {factorKeys.map((k) => {
              const f = props.score?.factors[k];
              if (!f) return null;
              return (
                <li key={k} className="flex flex-wrap items-center gap-x-2">
                  <span className="w-36 shrink-0">{i18n.t(`factors.${k}`)}</span>
                  <span
                    className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                    aria-hidden="true"
                  >
                    <span className="block h-full bg-blue-600" style={{ width: `${f.normalised * 100}%` }} />
                  </span>
                  <span className="tabular min-w-10 whitespace-nowrap text-right">
                    {f.missing ? i18n.t('overlay.noData') : formatPercent(f.normalised)}
                  </span>
                  {k === 'liquidity' && !f.missing && f.raw !== undefined && f.raw !== null && (
                    <span
                      className="tabular basis-full pl-[9.5rem] text-[11px] text-slate-500"
                      data-testid="overlay-depth"
                    >
                      {factorRawText(k, f.raw)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="mt-2">
            {i18n.t('overlay.whales', { share: formatPercent(props.score.whaleActivityScore) })}
          </p>
        </>
      ) : (
        <p>{i18n.t('overlay.notScoredHelp')}</p>
      )}
      {props.position && <PositionState p={props.position} />}
      {props.crossVenue && <OverlayCrossVenue matches={props.crossVenue} />}
      {props.score && !props.position && (
        <button
          type="button"
          disabled={open.busy}
          onClick={(e) => e.nativeEvent.isTrusted && void open.run()}
          className="mt-3 w-full rounded-md bg-blue-700 px-2 py-1.5 text-xs font-semibold text-white hover:bg-blue-600 disabled:opacity-60"
        >
          {i18n.t('overlay.enter')}
        </button>
      )}
      {props.score && !props.position && (
        <p className="mt-1 text-[11px] text-slate-600 dark:text-slate-400">{i18n.t('overlay.enterHelp')}</p>
      )}
      {open.error && (
        <p role="alert" className="mt-1 text-loss dark:text-red-400">
          {open.error}
        </p>
      )}
    </div>
  );
}
