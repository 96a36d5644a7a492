import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { type MessageLookup, translateCoded } from '../../ui/coded-text';
import { uiLocale } from '../../ui/locale';
import { optionalMessage } from '../../ui/ui-text';

/**
 * Why an order failed, in the UI's language: `tradeErrors.<code>` with the row's facts and the
 * exchange's own words as `reason`; a code without words of its own says "refused by the exchange:
 * <reason>". A row written before codes keeps the exchange's message as it came.
 */
export function renderTradeError(
  trade: Pick<TradeRow, 'error' | 'errorText'>,
  lookup: MessageLookup,
  locale: string,
): string {
  const reason = trade.error ?? '—';
  const text = trade.errorText;
  if (!text) return reason;
  const params = { ...text.params, reason };
  return (
    translateCoded('tradeErrors', { code: text.code, params }, lookup, locale) ??
    translateCoded('tradeErrors', { code: 'refused', params: { reason } }, lookup, locale) ??
    reason
  );
}

export function tradeErrorText(trade: Pick<TradeRow, 'error' | 'errorText'>): string {
  return renderTradeError(trade, optionalMessage, uiLocale());
}
