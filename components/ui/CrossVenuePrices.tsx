import { i18n } from '#i18n';
import type { CrossVenueLegView } from '../../lib/messaging/cross-venue-protocol';
import { formatCents } from './format';
import { VenueTag } from './VenueTag';

/** Both venues' best asks side by side: one line per venue, YES and NO in aligned columns. */
export function CrossVenuePrices({ legs }: { legs: readonly CrossVenueLegView[] }) {
  return (
    <table className="tabular text-xs" data-testid="cross-venue-prices">
      <caption className="sr-only">{i18n.t('sameEvent.pricesCaption')}</caption>
      <thead className="text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="py-0.5 pr-2 text-left font-medium">
            {i18n.t('sameEvent.venue')}
          </th>
          <th scope="col" className="px-2 py-0.5 text-right font-medium">
            {i18n.t('sameEvent.yesAsk')}
          </th>
          <th scope="col" className="py-0.5 pl-2 text-right font-medium">
            {i18n.t('sameEvent.noAsk')}
          </th>
        </tr>
      </thead>
      <tbody>
        {legs.map((leg) => (
          <tr key={leg.venue} data-venue={leg.venue}>
            <th scope="row" className="py-0.5 pr-2 text-left font-normal">
              <VenueTag venue={leg.venue} always />
            </th>
            <td className="px-2 py-0.5 text-right font-semibold">{formatCents(leg.yesAsk)}</td>
            <td className="py-0.5 pl-2 text-right font-semibold">{formatCents(leg.noAsk)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
