import { i18n } from '#i18n';
import { bankroll } from '../../lib/core/model/bankroll';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import type { Settings } from '../../lib/settings/schema';
import { Card } from '../ui/Card';
import { formatSignedUsd, formatUsd, pnlClass } from '../ui/format';
import { ModeTag } from '../ui/ModeTag';

/**
 * Bankroll = free collateral + held shares valued at the monitor's latest estimate (capital + P&L −
 * proceeds already back in the free balance);
 * P&L today and in total, realised and unrealised — all of the current mode only (its tag says which).
 */
export function BankrollCard(props: {
  mode: Settings['mode'] | undefined;
  freeBalance: number | undefined;
  open: PositionRow[];
  closed: PositionRow[];
  startOfDay: number;
}) {
  const unrealised = props.open.reduce((sum, p) => sum + p.pnl, 0);
  const realised = props.closed.reduce((sum, p) => sum + p.pnl, 0);
  const total = realised + unrealised;
  const today =
    props.closed.filter((p) => (p.closedAt ?? 0) >= props.startOfDay).reduce((sum, p) => sum + p.pnl, 0) +
    unrealised;
  return (
    <Card title={i18n.t('popup.bankroll')} action={props.mode && <ModeTag mode={props.mode} />}>
      {/* Three columns in the 400 px popup; on a phone the bankroll takes its own row. */}
      <div className="tabular grid grid-cols-3 gap-2 max-[380px]:grid-cols-2">
        <div className="max-[380px]:col-span-2">
          <p className="text-lg font-semibold" data-testid="bankroll">
            {props.freeBalance === undefined ? '—' : formatUsd(bankroll(props.freeBalance, props.open))}
          </p>
          <p className="text-xs text-slate-600">
            {props.freeBalance === undefined
              ? i18n.t('popup.liveBankrollUnknown')
              : i18n.t('popup.free', { amount: formatUsd(props.freeBalance) })}
          </p>
        </div>
        <div>
          <p className={`text-lg font-semibold ${pnlClass(today)}`} data-testid="pnl-today">
            {formatSignedUsd(today)}
          </p>
          <p className="text-xs text-slate-600">{i18n.t('popup.pnlToday')}</p>
        </div>
        <div>
          <p className={`text-lg font-semibold ${pnlClass(total)}`} data-testid="pnl-total">
            {formatSignedUsd(total)}
          </p>
          <p className="text-xs text-slate-600">{i18n.t('popup.pnlTotal')}</p>
        </div>
      </div>
    </Card>
  );
}
