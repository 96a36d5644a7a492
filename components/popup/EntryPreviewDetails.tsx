import { i18n } from '#i18n';
import { VENUE_NAMES, venueOfKey } from '../../lib/core/model/venue';
import { venueHasCtf } from '../../lib/core/venues/venue-ctf';
import type { EntryPreview, LegPreview } from '../hooks/trade-requests';
import { formatCents, formatShares, formatUsd } from '../ui/format';
import { HoldingRewardLine } from '../ui/HoldingRewardLine';
import { outcomeLabel } from '../ui/outcome-label';
import { uiText } from '../ui/ui-text';
import { EntryMethodChoice } from './EntryMethodChoice';
import { EntryStartLine } from './EntryStartLine';

function Leg({ leg }: { leg: LegPreview }) {
  return (
    <tr className="border-t border-slate-100">
      <th scope="row" className="py-1 pr-2 text-left font-medium">
        {outcomeLabel(leg.label)}
      </th>
      <td className="py-1 pl-3 text-right">{formatUsd(leg.cost)}</td>
      <td className="py-1 pl-3 text-right">{formatShares(leg.shares)}</td>
      <td className="py-1 pl-3 text-right">{formatCents(leg.worstPrice)}</td>
      <td className="py-1 pl-3 text-right">{formatUsd(leg.depthWithinSlippage)}</td>
    </tr>
  );
}

/** What an entry will do: cost per side, shares, worst-case price, depth within slippage, fees, mode. */
export function EntryPreviewDetails({ preview }: { preview: EntryPreview }) {
  return (
    <div data-testid="entry-preview">
      <p className="font-medium">{preview.marketName}</p>
      {preview.strategy !== 'balancing' && (
        <p
          className="mt-1 rounded-md bg-slate-50 px-2 py-1 text-xs text-slate-700"
          data-testid="entry-strategy"
        >
          <span className="font-semibold">
            {i18n.t('entry.strategy', { strategy: i18n.t(`backtest.strategies.${preview.strategy}`) })}
          </span>
          {preview.note && (
            <span className="block">{uiText('entryNotes', preview.note, preview.noteText)}</span>
          )}
        </p>
      )}
      {preview.entryMethod && <EntryMethodChoice method={preview.entryMethod} />}
      {!venueHasCtf(venueOfKey(preview.marketId)) && (
        <p className="mt-1 text-xs text-slate-600" data-testid="entry-no-ctf">
          {i18n.t('entry.noCtf', { venue: VENUE_NAMES[venueOfKey(preview.marketId)] })}
        </p>
      )}
      <table className="tabular mt-2 w-full text-xs">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="text-left font-medium">
              {i18n.t('entry.side')}
            </th>
            <th scope="col" className="pl-3 text-right font-medium">
              {i18n.t('entry.cost')}
            </th>
            <th scope="col" className="pl-3 text-right font-medium">
              {i18n.t('entry.shares')}
            </th>
            <th scope="col" className="pl-3 text-right font-medium">
              {i18n.t('entry.worstPrice')}
            </th>
            <th scope="col" className="pl-3 text-right font-medium">
              {i18n.t('entry.depth')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.yes && <Leg leg={preview.yes} />}
          {preview.no && <Leg leg={preview.no} />}
        </tbody>
      </table>
      <dl className="tabular mt-2 grid grid-cols-2 gap-y-0.5 text-xs">
        <dt className="text-slate-600">{i18n.t('entry.fees')}</dt>
        <dd className="text-right">{formatUsd(preview.totalFees)}</dd>
        <dt className="font-semibold">{i18n.t('entry.total')}</dt>
        <dd className="text-right font-semibold">{formatUsd(preview.totalCost)}</dd>
      </dl>
      <EntryStartLine preview={preview} />
      <HoldingRewardLine reward={preview.holdingReward} rate={preview.holdingRewardRate ?? 0.04} />
      <p
        className={`mt-2 rounded-md px-2 py-1 text-xs font-semibold ${
          preview.mode === 'live' ? 'bg-red-50 text-live' : 'bg-blue-50 text-paper'
        }`}
      >
        {preview.mode === 'live' ? i18n.t('mode.liveOrders') : i18n.t('mode.paperOrders')}
      </p>
      {preview.blocked && (
        <p role="alert" className="mt-2 text-xs text-loss">
          {uiText('errors', preview.blocked, preview.blockedText)}
        </p>
      )}
    </div>
  );
}
