import { i18n } from '#i18n';
import { capitalLockedIn } from '../../lib/core/ctf/redeem-selection';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import { redeemRequests } from '../hooks/redeem-requests';
import { useAction } from '../hooks/use-action';
import { Card } from '../ui/Card';
import { formatUsd } from '../ui/format';
import { ModeTag } from '../ui/ModeTag';
import { uiText } from '../ui/ui-text';

const BUTTON =
  'shrink-0 rounded-md border border-brand-600 bg-white px-2 py-0.5 text-xs font-semibold text-brand-600 hover:bg-brand-50 disabled:opacity-60';

/** One resolved position: what it pays, and Redeem (or why it is pending or was refused). */
function ResolvedItem({ row }: { row: PositionRow & { redeem: NonNullable<PositionRow['redeem']> } }) {
  const redeem = useAction(() => redeemRequests.redeem(row.id));
  const { state, payout, negRisk, message } = row.redeem;
  return (
    <li className="py-2 text-sm" data-testid="resolved-item">
      <div className="flex items-start justify-between gap-2">
        <p className="min-w-0 flex-1 truncate font-medium" title={row.marketName}>
          <ModeTag mode={row.mode} /> {row.marketName}
          {negRisk && (
            <span className="ml-1 text-xs font-normal text-slate-500">({i18n.t('redeem.negRisk')})</span>
          )}
        </p>
        <span className="tabular shrink-0 font-semibold text-gain">
          {i18n.t('redeem.pays', { amount: formatUsd(payout) })}
        </span>
      </div>
      <div className="mt-1 flex items-center justify-between gap-2">
        <p className="text-xs" data-testid="redeem-state">
          {state === 'pending' && <span className="font-medium text-warn">{i18n.t('redeem.pending')}</span>}
          {state === 'refused' && (
            <span className="text-loss">
              {i18n.t('redeem.refused', { reason: message ?? row.redeem.code ?? '' })}
            </span>
          )}
        </p>
        {state !== 'pending' && (
          <button type="button" disabled={redeem.busy} onClick={() => void redeem.run()} className={BUTTON}>
            {redeem.busy ? i18n.t('redeem.redeeming') : i18n.t('redeem.redeem')}
          </button>
        )}
      </div>
      {redeem.error && (
        <p role="alert" className="mt-1 text-xs text-loss">
          {redeem.error}
        </p>
      )}
      {redeem.result && (
        <p role="status" className="mt-1 text-xs text-slate-700">
          {uiText('tradeOutcomes', redeem.result.message, redeem.result.text)}
        </p>
      )}
    </li>
  );
}

/**
 * "Capital locked in resolved markets": the total the waiting redeems pay, each resolved position
 * with its Redeem button, and "Redeem all". Hidden when nothing waits (a losing side worth 0 never
 * waits: it closes as resolved at 0).
 */
export function ResolvedCapitalCard({ positions }: { positions: PositionRow[] }) {
  const waiting = positions.filter(
    (p): p is PositionRow & { redeem: NonNullable<PositionRow['redeem']> } =>
      p.status !== 'closed' && p.redeem !== undefined && p.redeem.payout > 0,
  );
  const all = useAction(() => redeemRequests.redeemAll());
  if (waiting.length === 0) return null;
  const redeemable = waiting.filter((p) => p.redeem.state !== 'pending').length;
  return (
    <Card
      title={i18n.t('redeem.lockedTitle')}
      action={
        redeemable > 1 ? (
          <button type="button" disabled={all.busy} onClick={() => void all.run()} className={BUTTON}>
            {all.busy ? i18n.t('redeem.redeeming') : i18n.t('redeem.redeemAll')}
          </button>
        ) : undefined
      }
    >
      <div data-testid="capital-locked">
        <p className="tabular text-lg font-bold">{formatUsd(capitalLockedIn(waiting))}</p>
        <p className="text-xs text-slate-600">{i18n.t('redeem.lockedHelp')}</p>
        {all.error && (
          <p role="alert" className="mt-1 text-xs text-loss">
            {all.error}
          </p>
        )}
        {all.result && (
          <p role="status" className="mt-1 text-xs text-slate-700">
            {i18n.t('tradeOutcomes.redeemed_some', {
              redeemed: String(all.result.redeemed),
              total: String(all.result.total),
            })}
          </p>
        )}
        <ul className="mt-1 divide-y divide-slate-100">
          {waiting.map((p) => (
            <ResolvedItem key={p.id} row={p} />
          ))}
        </ul>
      </div>
    </Card>
  );
}
