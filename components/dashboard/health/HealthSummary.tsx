import { i18n } from '#i18n';
import type { PassLogRow } from '../../../lib/core/model/rows/pass-log';
import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { formatNumber, formatPercent } from '../../ui/format';
import { passLabel } from '../../ui/pass-label';
import { liquidationSuccess, passStats } from './health-stats';

function Tile({ title, value, note }: { title: string; value: string; note: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{title}</h3>
      <p className="tabular mt-1 text-base font-semibold">{value}</p>
      <p className="text-xs text-slate-600">{note}</p>
    </div>
  );
}

/** Pass durations and failure rates, and liquidation success. */
export function HealthSummary({ passes, trades }: { passes: PassLogRow[]; trades: TradeRow[] }) {
  const stats = passStats(passes);
  const liq = liquidationSuccess(trades);
  const ms = (v: number | null) =>
    v === null ? '—' : v < 1000 ? `${formatNumber(v)} ms` : `${formatNumber(v / 1000, undefined, 1)} s`;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {stats.map((s) => (
        <Tile
          key={s.pass}
          title={passLabel(s.pass)}
          value={i18n.t('health.p50p95', { p50: ms(s.p50Ms), p95: ms(s.p95Ms) })}
          note={i18n.t('health.runs', {
            runs: formatNumber(s.runs),
            failed: formatPercent(s.runs ? s.failed / s.runs : 0),
            degraded: formatNumber(s.degraded),
          })}
        />
      ))}
      <Tile
        title={i18n.t('health.liquidations')}
        value={liq.rate === null ? i18n.t('common.noData') : formatPercent(liq.rate)}
        note={
          liq.rate === null
            ? i18n.t('health.noLiquidations')
            : i18n.t('health.liquidationNote', { attempts: formatNumber(liq.attempts) })
        }
      />
    </div>
  );
}
