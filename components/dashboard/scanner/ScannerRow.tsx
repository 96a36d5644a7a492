import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { EnterFlow } from '../../popup/EnterFlow';
import { formatCents, formatDate, formatPercent, formatUsdCompact } from '../../ui/format';
import { HeldTag } from '../../ui/HeldTag';
import { ScoreBadge } from '../../ui/ScoreBadge';
import { VenueTag } from '../../ui/VenueTag';
import { MarketPriceChart } from '../charts/MarketPriceChart';
import { missingFactorNames } from './missing-factors';
import { ScoreExplanation } from './ScoreExplanation';

/** One opportunity; expanded, it explains its score, shows whale activity and the price chart. */
export function ScannerRow(props: {
  row: OpportunityRow;
  expanded: boolean;
  onToggle: () => void;
  positions: PositionRow[];
  trades: TradeRow[];
  /** The list holds more than Polymarket: every row names its venue. */
  venues?: boolean;
  /** Under the market's name: the same market on the other venue, in one line. */
  crossVenueLine?: ReactNode;
  /** In the details: the cross-venue comparison and its corrections. */
  crossVenueDetails?: ReactNode;
}) {
  const o = props.row;
  const held = props.positions.some((p) => p.marketId === o.marketId && p.status !== 'closed');
  const missing = missingFactorNames(o, (k) => i18n.t(`factors.${k}`));
  return (
    <>
      <tr className="border-t border-slate-100 hover:bg-slate-50" data-testid="scanner-row">
        <td className="px-2 py-1.5">
          <ScoreBadge score={o.score} label={i18n.t('score.label', { score: String(o.score) })} />
        </td>
        <td className="max-w-xs px-2 py-1.5 2xl:max-w-md">
          <span className="block truncate" title={o.marketName}>
            <VenueTag venue={o.venue} always={props.venues ?? false} />
            {o.marketName}
          </span>
          {missing.length > 0 && (
            <span className="text-xs text-amber-900">
              {i18n.t('scanner.missingFactors', { factors: missing.join(', ') })}
            </span>
          )}
          {props.crossVenueLine}
        </td>
        <td className="whitespace-nowrap px-2 py-1.5 text-right">
          {i18n.t('common.yesNoPrices', { yes: formatCents(o.midYes), no: formatCents(o.midNo) })}
        </td>
        <td className="px-2 py-1.5 text-right">{formatUsdCompact(o.liquidity)}</td>
        <td className="px-2 py-1.5 text-right">{formatUsdCompact(o.volume24h)}</td>
        <td className="px-2 py-1.5 text-right">{formatPercent(o.whaleActivityScore)}</td>
        <td className="whitespace-nowrap px-2 py-1.5 text-right">
          {o.endTime ? formatDate(o.endTime) : '—'}
        </td>
        <td className="px-2 py-1.5 text-right">
          <span className="flex justify-end gap-1">
            <button
              type="button"
              aria-expanded={props.expanded}
              onClick={props.onToggle}
              className="whitespace-nowrap rounded-md border border-slate-300 px-2 py-0.5 text-xs font-semibold hover:bg-slate-100"
            >
              {i18n.t('scanner.whyButton', { score: String(o.score) })}
            </button>
            {held ? <HeldTag /> : <EnterFlow marketId={o.marketId} marketName={o.marketName} compact />}
          </span>
        </td>
      </tr>
      {props.expanded && (
        <tr className="bg-slate-50">
          <td colSpan={8} className="px-4 py-3">
            <div className="grid gap-4 lg:grid-cols-2">
              <div>
                <ScoreExplanation row={o} />
                <p className="mt-2 text-xs text-slate-700">
                  {i18n.t('scanner.whaleActivity', { share: formatPercent(o.whaleActivityScore) })}
                </p>
              </div>
              <MarketPriceChart marketId={o.marketId} positions={props.positions} trades={props.trades} />
            </div>
            {props.crossVenueDetails}
          </td>
        </tr>
      )}
    </>
  );
}
