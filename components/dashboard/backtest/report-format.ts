import { toMicros } from '../../../lib/core/model/money';
import { formatNumber, formatPercent, formatSignedUsd, formatUsd, pnlClass } from '../../ui/format';

/** Report values (USD decimals, ratios as fractions, null when undefined) in the UI's language. */
export const usd = (v: number): string => formatUsd(toMicros(v));
export const signedUsd = (v: number): string => formatSignedUsd(toMicros(v));
export const pct = (v: number | null, signed = false): string =>
  v === null ? '—' : formatPercent(v, undefined, signed);
export const ratio = (v: number | null): string =>
  v === null || !Number.isFinite(v)
    ? v === Number.POSITIVE_INFINITY
      ? '∞'
      : '—'
    : formatNumber(v, undefined, 2).replace('-', '−');
export const tone = (v: number | null): string => (v === null ? '' : pnlClass(toMicros(v)));

export const STRATEGY_COLORS: Record<string, string> = {
  balancing: '#1b4bf0',
  momentum: '#0f766e',
  mean_reversion: '#b45309',
};
