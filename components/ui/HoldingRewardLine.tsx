import { i18n } from '#i18n';
import { expectedHoldingReward, type HoldingReward } from '../../lib/core/ctf/holding-reward';
import { fromMicros, type Micros } from '../../lib/core/model/money';
import type { PositionRow } from '../../lib/core/model/rows/positions';
import { DEFAULT_VENUE, venueOf } from '../../lib/core/model/venue';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { useSettings } from '../hooks/use-live-data';
import { formatPercent } from './format';
import { uiLocale } from './locale';

/** Small daily amounts keep their cents' fractions: "$0.0164". */
function formatDaily(amount: Micros): string {
  return fromMicros(amount).toLocaleString(uiLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: amount < 1_000_000 ? 4 : 2,
  });
}

/** Polymarket's holding reward in one line: "≈ $x/day at 4 % a year", "none", or "unknown". */
export function HoldingRewardLine({ reward, rate }: { reward: HoldingReward | undefined; rate: number }) {
  if (!reward) return null;
  const text =
    reward.kind === 'estimate'
      ? i18n.t('holdingReward.estimate', { amount: formatDaily(reward.perDay), rate: formatPercent(rate) })
      : reward.kind === 'none'
        ? i18n.t('holdingReward.none')
        : i18n.t('holdingReward.unknown');
  return (
    <p
      className={`mt-0.5 text-xs ${reward.kind === 'estimate' ? 'text-gain' : 'text-slate-500'}`}
      data-testid="holding-reward"
      title={reward.kind === 'estimate' ? i18n.t('holdingReward.variable') : undefined}
    >
      {text}
    </p>
  );
}

/** An open position's holding reward at its latest marks and the settings' rate. */
export function PositionHoldingReward({ row }: { row: PositionRow }) {
  const settings = useSettings();
  const rate = settings?.capital?.holdingRewardRate ?? DEFAULT_SETTINGS.capital.holdingRewardRate;
  // Polymarket's reward: a position on another venue (Kalshi) has no such line.
  if (row.status === 'opening' || row.redeem || venueOf(row) !== DEFAULT_VENUE) return null;
  const reward = expectedHoldingReward({
    enabled: row.holdingRewards,
    yesShares: row.sharesYes,
    noShares: row.sharesNo,
    yesMid: row.currentPriceYes,
    noMid: row.currentPriceNo,
    annualRate: rate,
  });
  return <HoldingRewardLine reward={reward} rate={rate} />;
}
