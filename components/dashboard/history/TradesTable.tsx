import { i18n } from '#i18n';
import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { formatCents, formatDateTime, formatShares, formatUsd } from '../../ui/format';
import { uiLocale } from '../../ui/locale';
import { ModeTag } from '../../ui/ModeTag';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { VenueTag } from '../../ui/VenueTag';
import { TradeMethodTag } from './TradeMethodTag';
import { tradeErrorText } from './trade-error-text';
import { type TradeMethod, tradeMethod } from './trade-method';

/** Under an on-chain trade's price and fee: what they are made of (no book price, gas as the fee). */
function Note({ method, of }: { method: TradeMethod; of: 'price' | 'fee' }) {
  if (method === 'book') return null;
  const one = formatUsd(1_000_000);
  const text =
    of === 'fee'
      ? i18n.t('history.gasNote')
      : method === 'redeem'
        ? i18n.t('history.priceNotes.redeem')
        : i18n.t(`history.priceNotes.${method}`, { one });
  return <span className="block text-xs text-slate-600">{text}</span>;
}

/**
 * Trades, newest first: every fill and every failed order, with its reason in words, and how the
 * leg was traded (a Split / Merge / Redeem tag; none on the order book).
 */
export function TradesTable({ trades, venues = false }: { trades: TradeRow[]; venues?: boolean }) {
  return (
    <ScrollRegion className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{i18n.t('history.tradesCaption')}</caption>
        <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="p-2">
              {i18n.t('history.time')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.market')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.side')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.action')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.price')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.shares')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.amount')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('history.fee')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('history.mode')}
            </th>
          </tr>
        </thead>
        <tbody>
          {trades.map((t) => {
            const method = tradeMethod(t);
            return (
              <tr key={t.id} className="border-t border-slate-100" data-testid="trade-row">
                <td className="whitespace-nowrap p-2">{formatDateTime(t.executedAt)}</td>
                <td className="max-w-xs p-2">
                  <span className="block truncate" title={t.marketName}>
                    <VenueTag venue={t.venue} always={venues} />
                    {t.marketName}
                  </span>
                  {t.status === 'failed' && (
                    <span
                      className="text-xs text-loss"
                      // The exchange's own words (English) as a tooltip only where the page is in English.
                      title={uiLocale().startsWith('en') ? (t.error ?? undefined) : undefined}
                      data-testid="trade-error"
                    >
                      {i18n.t('history.failedBecause', { error: tradeErrorText(t) })}
                    </span>
                  )}
                </td>
                <td className="p-2">
                  {t.action === 'redeem'
                    ? `${i18n.t('history.sides.yes')} + ${i18n.t('history.sides.no')}`
                    : t.side === 'yes'
                      ? i18n.t('history.sides.yes')
                      : i18n.t('history.sides.no')}
                </td>
                <td className="p-2">
                  {method === 'redeem' ? (
                    <TradeMethodTag method={method} />
                  ) : (
                    <>
                      {i18n.t(`history.actions.${t.action}`)} <TradeMethodTag method={method} />
                    </>
                  )}
                  <span className="block text-xs text-slate-600">
                    {i18n.t(`history.reasons.${t.reason}`)}
                  </span>
                </td>
                <td className="p-2 text-right">
                  {formatCents(t.price)}
                  <Note method={method} of="price" />
                </td>
                <td className="p-2 text-right">{t.status === 'failed' ? '—' : formatShares(t.shares)}</td>
                <td className="p-2 text-right">{formatUsd(t.amount)}</td>
                <td className="p-2 text-right">
                  {formatUsd(t.fee)}
                  <Note method={method} of="fee" />
                </td>
                <td className="p-2">
                  <ModeTag mode={t.mode} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
