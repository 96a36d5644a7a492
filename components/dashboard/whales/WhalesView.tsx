import { i18n } from '#i18n';
import { useWhales } from '../../hooks/use-live-data';
import { useNow } from '../../hooks/use-now';
import { formatAgo, formatNumber, formatUsd } from '../../ui/format';
import { EmptyState } from '../EmptyState';

function shortAddress(a: string): string {
  return a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a;
}

function patternText(patterns: Record<string, unknown>): string {
  const parts = Object.entries(patterns).map(
    ([k, v]) => `${k}: ${typeof v === 'number' ? formatNumber(v) : String(v)}`,
  );
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/** High-volume wallets seen in the scanned markets: volume, markets, patterns, last trade. */
export function WhalesView() {
  const whales = useWhales(200);
  const now = useNow(30_000);
  if (whales.length === 0) {
    return <EmptyState title={i18n.t('whales.emptyTitle')}>{i18n.t('whales.emptyBody')}</EmptyState>;
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="tabular w-full border-collapse text-sm">
        <caption className="sr-only">{i18n.t('whales.caption')}</caption>
        <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="p-2">
              {i18n.t('whales.wallet')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('whales.volume')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('whales.trades')}
            </th>
            <th scope="col" className="p-2 text-right">
              {i18n.t('whales.markets')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('whales.patterns')}
            </th>
            <th scope="col" className="p-2">
              {i18n.t('whales.lastTrade')}
            </th>
          </tr>
        </thead>
        <tbody>
          {whales.map((w) => (
            <tr key={w.id} className="border-t border-slate-100" data-testid="whale-row">
              <td className="p-2">
                {w.name && <span className="block font-medium">{w.name}</span>}
                <span className="block font-mono text-xs text-slate-700" title={w.walletAddress}>
                  {shortAddress(w.walletAddress)}
                </span>
                {w.tracked && (
                  <span className="rounded bg-blue-50 px-1 text-xs font-semibold text-paper">
                    {i18n.t('whales.tracked')}
                  </span>
                )}
              </td>
              <td className="p-2 text-right">{formatUsd(w.totalVolume)}</td>
              <td className="p-2 text-right">{formatNumber(w.tradeCount)}</td>
              <td className="p-2 text-right">{formatNumber(w.marketsActive)}</td>
              <td className="p-2 text-xs text-slate-700">{patternText(w.patterns)}</td>
              <td className="p-2">{formatAgo(w.lastTradeTime, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
