import { i18n } from '#i18n';
import { useWhales } from '../../hooks/use-live-data';
import { useMarketNamesByCondition, useWhaleMarkets } from '../../hooks/use-market-names';
import { useNow } from '../../hooks/use-now';
import { EmptyState } from '../EmptyState';
import { WhaleTableRow } from './WhaleTableRow';

/** High-volume wallets seen in the scanned markets: volume, markets, patterns, last trade. */
export function WhalesView() {
  const whales = useWhales(200);
  const now = useNow(30_000);
  const names = useMarketNamesByCondition();
  const summary = useWhaleMarkets();
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
            <WhaleTableRow key={w.id} whale={w} names={names} summary={summary} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
