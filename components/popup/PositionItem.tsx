import { useState } from 'react';
import { i18n } from '#i18n';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import type { Settings } from '../../lib/settings/schema';
import { tradeRequests } from '../hooks/trade-requests';
import { useAction } from '../hooks/use-action';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatCents, formatPercent, formatSignedUsd, formatUsd, pnlClass } from '../ui/format';
import { Gauge } from '../ui/Gauge';
import { PositionHoldingReward } from '../ui/HoldingRewardLine';
import { ModeTag } from '../ui/ModeTag';
import { outcomeLabel } from '../ui/outcome-label';
import { VenueTag } from '../ui/VenueTag';
import { positionView, type SideView } from './position-view';

function SidePrice({ s }: { s: SideView }) {
  const moved = s.mark === null ? '' : s.mark > s.entry ? 'text-gain' : s.mark < s.entry ? 'text-loss' : '';
  return (
    <span className={s.held ? '' : 'text-slate-500 line-through'}>
      <span className="font-medium">{outcomeLabel(s.label, s.side)}</span> {formatCents(s.entry)} →{' '}
      <span className={moved}>{formatCents(s.mark)}</span>
    </span>
  );
}

/** One open position: both sides entry → now, divergence gauge, P&L, exits, and a Close action. */
export function PositionItem({ row, strategy }: { row: PositionRow; strategy: Settings['strategy'] }) {
  const view = positionView(row, strategy);
  const [confirming, setConfirming] = useState(false);
  const close = useAction(() => tradeRequests.close(row.id));
  const near = view.divergenceProgress !== null && view.divergenceProgress >= 0.7;
  const exitNear = view.exitProgress >= 0.7;
  const statusText =
    row.status === 'liquidated'
      ? i18n.t('position.liquidated', {
          sold:
            row.liquidatedSide === 'yes'
              ? outcomeLabel(row.yesLabel, 'yes')
              : outcomeLabel(row.noLabel, 'no'),
          held:
            row.liquidatedSide === 'yes'
              ? outcomeLabel(row.noLabel, 'no')
              : outcomeLabel(row.yesLabel, 'yes'),
        })
      : row.status === 'opening'
        ? i18n.t('position.opening')
        : null;

  return (
    <li className="py-2 text-sm" data-testid="position-item">
      <div className="flex items-start justify-between gap-2">
        <p className="min-w-0 flex-1 truncate font-medium" title={row.marketName}>
          <ModeTag mode={row.mode} /> <VenueTag venue={row.venue} />
          {row.marketName}
        </p>
        <span className={`tabular shrink-0 font-semibold ${pnlClass(view.pnl)}`}>
          {formatSignedUsd(view.pnl)}{' '}
          <span className="text-xs font-normal">({formatPercent(view.pnlPercent, undefined, true)})</span>
        </span>
      </div>
      <p className="tabular flex flex-wrap gap-x-3 text-xs text-slate-700">
        {view.sides.map((s) => (
          <SidePrice key={s.side} s={s} />
        ))}
      </p>
      {view.singleSide && view.sides[0] && (
        <p className="mt-0.5 text-xs text-slate-600" data-testid="position-strategy">
          {i18n.t('position.singleSide', {
            strategy: i18n.t(`backtest.strategies.${row.strategy}`),
            side: outcomeLabel(view.sides[0].label, view.sides[0].side),
          })}
        </p>
      )}
      {statusText && (
        <p className="mt-0.5 text-xs font-medium text-warn" data-testid="position-status">
          {statusText}
        </p>
      )}
      <PositionHoldingReward row={row} />
      {row.redeem && (
        <p className="mt-0.5 text-xs font-medium text-gain" data-testid="position-resolved">
          {i18n.t('redeem.resolvedNoClose')}
        </p>
      )}
      {view.divergenceProgress !== null && view.worstSide && (
        <div className="mt-1">
          <Gauge
            value={view.divergenceProgress}
            label={i18n.t('position.divergenceLabel')}
            valueText={i18n.t('position.divergenceText', {
              drop: formatPercent(Math.max(0, view.worstSide.drop ?? 0)),
              threshold: formatPercent(strategy.divergenceThreshold),
              side: outcomeLabel(view.worstSide.label, view.worstSide.side),
            })}
          />
          <p className={`tabular mt-0.5 text-xs ${near ? 'font-medium text-warn' : 'text-slate-500'}`}>
            {i18n.t('position.divergenceText', {
              drop: formatPercent(Math.max(0, view.worstSide.drop ?? 0)),
              threshold: formatPercent(strategy.divergenceThreshold),
              side: outcomeLabel(view.worstSide.label, view.worstSide.side),
            })}
          </p>
        </div>
      )}
      <div className="mt-1 flex items-center justify-between gap-2">
        <p className={`tabular text-xs ${exitNear ? 'font-medium text-warn' : 'text-slate-500'}`}>
          {view.toTakeProfit !== null
            ? i18n.t('position.toTakeProfit', { pts: formatPercent(Math.max(0, view.toTakeProfit)) })
            : i18n.t('position.takeProfitOff')}
          {' · '}
          {view.toStopLoss !== null
            ? i18n.t('position.toStopLoss', { pts: formatPercent(Math.max(0, view.toStopLoss)) })
            : i18n.t('position.stopLossOff')}
        </p>
        <button
          type="button"
          disabled={close.busy || row.status === 'opening' || row.redeem !== undefined}
          onClick={() => setConfirming(true)}
          className="shrink-0 rounded-md border border-slate-300 px-2 py-0.5 text-xs font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {close.busy ? i18n.t('position.closing') : i18n.t('position.close')}
        </button>
      </div>
      {close.error && (
        <p role="alert" className="mt-1 text-xs text-loss">
          {close.error}
        </p>
      )}
      {close.done && <p className="mt-1 text-xs text-gain">{i18n.t('position.closeSent')}</p>}
      <ConfirmDialog
        open={confirming}
        title={i18n.t('position.closeTitle')}
        confirmLabel={i18n.t('position.closeConfirm')}
        busyLabel={i18n.t('position.closing')}
        cancelLabel={i18n.t('common.cancel')}
        busy={close.busy}
        danger={row.mode === 'live'}
        onClose={() => setConfirming(false)}
        onConfirm={() => void close.run().then((ok) => ok && setConfirming(false))}
      >
        <p className="font-medium">{row.marketName}</p>
        <ul className="tabular mt-2 space-y-1 text-slate-700">
          {view.sides
            .filter((s) => s.held)
            .map((s) => (
              <li key={s.side}>
                {i18n.t('position.closeSells', {
                  side: outcomeLabel(s.label, s.side),
                  price: formatCents(s.mark),
                })}
              </li>
            ))}
          <li>
            {i18n.t('position.closeEstimate', {
              pnl: formatSignedUsd(view.pnl),
              capital: formatUsd(view.capital),
            })}
          </li>
          <li className="font-semibold">
            {row.mode === 'live' ? i18n.t('mode.liveOrders') : i18n.t('mode.paperOrders')}
          </li>
        </ul>
        {close.error && (
          <p role="alert" className="mt-2 text-xs text-loss">
            {close.error}
          </p>
        )}
      </ConfirmDialog>
    </li>
  );
}
