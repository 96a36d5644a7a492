import { i18n } from '#i18n';
import type { WhaleSummaryState } from '../../../lib/core/model/rows/whale-summary-state';
import type { WhaleRow } from '../../../lib/core/model/rows/whales';
import { formatAgo, formatNumber, formatPercent, formatUsd } from '../../ui/format';
import { FollowToggle } from './FollowToggle';
import { TrackedPositions } from './TrackedPositions';
import { netSides, positionTitles, readPatterns } from './whale-patterns';

const SHOWN_MARKETS = 8;
const sideClass = { yes: 'text-gain', no: 'text-loss', flat: 'text-slate-600' } as const;

/** A wallet's patterns in words, its followed positions, and Follow / Unfollow. */
export function WhaleDetails(props: {
  whale: WhaleRow;
  label: string;
  names: Map<string, string>;
  summary: WhaleSummaryState | undefined;
  now: number;
}) {
  const { whale, names, summary } = props;
  const view = readPatterns(whale.patterns);
  const titles = positionTitles(view);
  const name = (id: string) => names.get(id) ?? titles.get(id) ?? i18n.t('whaleDetail.unknownMarket');
  const sides = netSides(view);
  return (
    <div className="grid gap-4 p-3 text-sm md:grid-cols-2" data-testid="whale-details">
      <div className="space-y-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          {i18n.t('whaleDetail.patterns')}
        </h3>
        <ul className="space-y-1">
          {view.concentration !== undefined && (
            <li>
              {i18n.t('whaleDetail.concentration', {
                share: formatPercent(view.concentration),
                market: view.topMarket ? name(view.topMarket) : '—',
              })}
            </li>
          )}
          {view.accumulating !== undefined && (
            <li className={view.accumulating ? 'font-medium text-warn' : ''}>
              {view.accumulating
                ? i18n.t('whaleDetail.accumulating', view.maxBuysInWindow ?? 0, {
                    count: formatNumber(view.maxBuysInWindow ?? 0),
                  })
                : (view.maxBuysInWindow ?? 0) <= 1
                  ? i18n.t('whaleDetail.notAccumulatingOne')
                  : i18n.t('whaleDetail.notAccumulating', view.maxBuysInWindow ?? 0, {
                      count: formatNumber(view.maxBuysInWindow ?? 0),
                    })}
            </li>
          )}
          <li>
            {view.fresh
              ? i18n.t('whaleDetail.fresh', { ago: formatAgo(whale.firstSeenAt, props.now) })
              : i18n.t('whaleDetail.known', { ago: formatAgo(whale.firstSeenAt, props.now) })}
          </li>
        </ul>
        <h3 className="pt-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
          {i18n.t('whaleDetail.netSides')}
        </h3>
        {sides.length === 0 ? (
          <p className="text-slate-600">{i18n.t('whaleDetail.noNetSides')}</p>
        ) : (
          <ul className="tabular space-y-1">
            {sides.slice(0, SHOWN_MARKETS).map((s) => {
              const market = summary?.markets[s.conditionId];
              return (
                <li key={s.conditionId} data-testid="whale-net-side">
                  <span className="font-medium">{name(s.conditionId)}</span>
                  {' — '}
                  <span className={sideClass[s.side]}>
                    {s.side === 'flat'
                      ? i18n.t('whaleDetail.side.flat')
                      : i18n.t(`whaleDetail.side.${s.side}`, { amount: formatUsd(Math.abs(s.netUsd)) })}
                  </span>
                  {market && (
                    <span className="text-slate-500">
                      {' · '}
                      {i18n.t('whaleDetail.marketWhales', market.distinctWhales, {
                        count: formatNumber(market.distinctWhales),
                        volume: formatUsd(market.whaleVolume24h),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="space-y-2">
        <FollowToggle walletAddress={whale.walletAddress} tracked={whale.tracked} name={props.label} />
        {whale.tracked && (
          <>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              {i18n.t('whaleDetail.positions')}
              {view.positionsAt !== undefined && ` · ${formatAgo(view.positionsAt, props.now)}`}
            </h3>
            {view.positions === undefined ? (
              <p className="text-slate-600">{i18n.t('whaleDetail.positionsPending')}</p>
            ) : (
              <TrackedPositions positions={view.positions} name={props.label} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
