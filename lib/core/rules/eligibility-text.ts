import { formatCents, formatUsd } from '../model/display';
import type { EligibilityRejection } from './eligibility';

type Params = EligibilityRejection['text']['params'];

const num = (params: Params, key: string): number => Number(params[key] ?? 0);
const side = (params: Params): string => String(params.side ?? '').toUpperCase();

/** "12 h" or "120 days", from a time-window rejection's params. */
function left(params: Params): string {
  return params.days === undefined ? `${num(params, 'hours')} h` : `${num(params, 'days')} days`;
}

const FIXED: Readonly<Record<string, string>> = {
  not_active: 'Market is not active',
  closed: 'Market is closed',
  archived: 'Market is archived',
  order_book_disabled: 'Market has no order book',
  not_accepting_orders: 'Market is not accepting orders',
  not_binary: 'Market does not have exactly two outcome tokens',
  no_end_date: 'Market has no end date',
  no_mark_price: 'YES has no price: empty book and no trades yet',
};

/**
 * A rejection in English words, made only where a person reads it (the scan's stored rejection,
 * logs, the CLI); the UI says the coded form in its own language. The words are those the rule has
 * always said.
 */
export function eligibilityMessage(rejection: EligibilityRejection): string {
  const { code, params } = rejection.text;
  const fixed = FIXED[code];
  if (fixed !== undefined) return fixed;
  switch (rejection.rule) {
    case 'unsupported_version':
      return `Market uses Polymarket's newer protocol (${String(params.version ?? '')}), which this extension does not trade yet`;
    case 'low_liquidity':
      return `Liquidity ${formatUsd(num(params, 'liquidityUsd'))} is below your ${formatUsd(num(params, 'minUsd'))} minimum`;
    case 'low_volume':
      return `24 h volume ${formatUsd(num(params, 'volumeUsd'))} is below your ${formatUsd(num(params, 'minUsd'))} minimum`;
    case 'ends_too_soon':
      return code === 'already_ended'
        ? `Market has already ended, sooner than your ${num(params, 'minHours')} h minimum`
        : `Ends in ${left(params)}, sooner than your ${num(params, 'minHours')} h minimum`;
    case 'ends_too_late':
      return `Ends in ${left(params)}, later than your ${num(params, 'maxDays')}-day maximum`;
    case 'outside_band':
      return `YES at ${formatCents(num(params, 'markPrice'))} is outside your ${formatCents(num(params, 'lowPrice'))}–${formatCents(num(params, 'highPrice'))} band`;
    case 'one_sided_book': {
      const missing = code === 'no_bids' ? 'bids' : 'asks';
      return `${side(params)} has no ${missing}, so its spread cannot be measured`;
    }
    case 'spread_too_wide':
      return `Spread ${formatCents(num(params, 'spreadPrice'))} on ${side(params)} is wider than your ${formatCents(num(params, 'maxSpreadPrice'))} limit`;
    default:
      return code;
  }
}
