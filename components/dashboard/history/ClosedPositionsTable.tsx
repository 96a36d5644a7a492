import { i18n } from '#i18n';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { formatDateTime, formatPercent, formatSignedUsd, formatUsd, pnlClass } from '../../ui/format';
import { ModeTag } from '../../ui/ModeTag';
import { outcomeLabel } from '../../ui/outcome-label';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { VenueTag } from '../../ui/VenueTag';

/** Closed positions with how they ended and their result. */
export function ClosedPositionsTable({
  positions,
  venues = false,
}: {
  positions: PositionRow[];
  venues?: boolean;
}) {
  if (positions.length === 0) return <p className="text-sm text-slate-600">{i18n.t('history.noClosed')}</p>;
  return (
    <ScrollRegion className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{i18n.t('history.closedCaption')}</caption>
        <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="p-2">
              {i18n.t('history.closedAt')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.market')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.howClosed')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.capital')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.result')}
            </th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => {
            const capital = p.capitalYes + p.capitalNo;
            return (
              <tr key={p.id} className="border-t border-slate-100" data-testid="closed-row">
                <td className="whitespace-nowrap p-2">{p.closedAt ? formatDateTime(p.closedAt) : '—'}</td>
                <td className="max-w-sm truncate p-2" title={p.marketName}>
                  <ModeTag mode={p.mode} /> <VenueTag venue={p.venue} always={venues} />
                  {p.marketName}
                  {p.strategy !== 'balancing' && (
                    <span className="block text-xs text-slate-600">
                      {i18n.t(`backtest.strategies.${p.strategy}`)}
                    </span>
                  )}
                </td>
                <td className="p-2">
                  {p.closeReason ? i18n.t(`history.closeReasons.${p.closeReason}`) : '—'}
                  {p.liquidatedSide && (
                    <span className="block text-xs text-slate-600">
                      {i18n.t('history.liquidatedSide', {
                        side: outcomeLabel(
                          p.liquidatedSide === 'yes' ? p.yesLabel : p.noLabel,
                          p.liquidatedSide,
                        ),
                      })}
                    </span>
                  )}
                </td>
                <td className="p-2 text-right">{formatUsd(capital)}</td>
                <td className={`p-2 text-right font-semibold ${pnlClass(p.pnl)}`}>
                  {formatSignedUsd(p.pnl)} (
                  {formatPercent(capital > 0 ? p.pnl / capital : 0, undefined, true)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
