import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import { pageStore } from '../hooks/use-store';
import { EnterFlow } from '../popup/EnterFlow';

/**
 * The overlay on polymarket.com cannot trade: it opens this page with #enter=<marketId>, and the
 * entry happens here, behind the same preview and confirmation as everywhere else.
 */
export function EnterFromLink({ marketId }: { marketId: string }) {
  const market = useLiveQuery(() => pageStore().markets.get(marketId), [marketId]);
  const name = market?.question ?? marketId;
  return (
    <div className="mb-4 flex items-center justify-between gap-3 rounded-xl border border-brand-500 bg-brand-50 p-3 text-sm">
      <p>{i18n.t('dashboard.enterFromOverlay', { market: name })}</p>
      <EnterFlow marketId={marketId} marketName={name} autoOpen />
    </div>
  );
}
