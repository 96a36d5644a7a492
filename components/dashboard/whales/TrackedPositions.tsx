import { i18n } from '#i18n';
import { formatCents, formatShares, formatSignedUsd, formatUsd, pnlClass } from '../../ui/format';
import { outcomeLabel } from '../../ui/outcome-label';
import type { TrackedPositionView } from './whale-patterns';

/** A followed wallet's open positions, as the whale pass last fetched them. */
export function TrackedPositions({ positions, name }: { positions: TrackedPositionView[]; name: string }) {
  if (positions.length === 0) return <p className="text-slate-600">{i18n.t('whaleDetail.noPositions')}</p>;
  return (
    <table className="tabular w-full border-collapse text-xs">
      <caption className="sr-only">{i18n.t('whaleDetail.positionsOf', { wallet: name })}</caption>
      <thead className="text-left uppercase text-slate-600">
        <tr>
          <th scope="col" className="p-1">
            {i18n.t('whaleDetail.market')}
          </th>
          <th scope="col" className="p-1">
            {i18n.t('whaleDetail.outcome')}
          </th>
          <th scope="col" className="p-1 text-right">
            {i18n.t('whaleDetail.shares')}
          </th>
          <th scope="col" className="p-1 text-right">
            {i18n.t('whaleDetail.avgPrice')}
          </th>
          <th scope="col" className="p-1 text-right">
            {i18n.t('whaleDetail.value')}
          </th>
          <th scope="col" className="p-1 text-right">
            {i18n.t('whaleDetail.pnl')}
          </th>
        </tr>
      </thead>
      <tbody>
        {positions.map((p) => (
          <tr key={`${p.conditionId}-${p.outcome ?? ''}`} className="border-t border-slate-100">
            <td className="p-1">{p.title ?? p.conditionId}</td>
            <td className="p-1">{outcomeLabel(p.outcome)}</td>
            <td className="p-1 text-right">{p.size === undefined ? '—' : formatShares(p.size)}</td>
            <td className="p-1 text-right">{formatCents(p.avgPrice)}</td>
            <td className="p-1 text-right">
              {p.currentValue === undefined ? '—' : formatUsd(p.currentValue)}
            </td>
            <td className={`p-1 text-right ${pnlClass(p.cashPnl ?? 0)}`}>
              {p.cashPnl === undefined ? '—' : formatSignedUsd(p.cashPnl)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
