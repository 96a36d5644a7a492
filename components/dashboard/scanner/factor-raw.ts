import { i18n } from '#i18n';
import { toMicros } from '../../../lib/core/model/money';
import { formatNumber, formatPercent, formatUsd } from '../../ui/format';

export type FactorKey = 'liquidity' | 'volatility' | 'whales' | 'news';

/**
 * A factor's raw value with its unit, so it is not read against the wrong column: liquidity is the
 * book depth within 2 % of the midpoint in dollars (not the market's total liquidity), volatility the
 * hourly log-odds deviation, whales their share of volume, news the weighted article count.
 */
export function factorRawText(key: FactorKey, raw: number | null): string {
  if (raw === null) return '—';
  switch (key) {
    case 'liquidity':
      return i18n.t('scanner.rawLiquidity', { usd: formatUsd(toMicros(raw)) });
    case 'volatility':
      return i18n.t('scanner.rawVolatility', { value: formatNumber(raw, undefined, 3) });
    case 'whales':
      return i18n.t('scanner.rawWhales', { share: formatPercent(raw) });
    case 'news':
      return i18n.t('scanner.rawNews', { value: formatNumber(raw, undefined, 1) });
  }
}
