import Papa from 'papaparse';
import { microsToDecimalString } from '../../../lib/core/model/money';
import type { TradeRow } from '../../../lib/core/model/rows/trades';
import { tradeMethod } from './trade-method';

/** Spreadsheets (Excel) read a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'executed_at',
  'market',
  'market_id',
  'position_id',
  'side',
  'action',
  'reason',
  'status',
  'mode',
  'price_cents',
  'shares',
  'amount_usd',
  'fee_usd',
  'order_id',
  'transaction_hash',
  'error',
  /** A redeem's burned shares per leg (its `shares` is their sum); empty for orders. */
  'burned_yes',
  'burned_no',
  /** How the leg was traded: book, split, merge or redeem. */
  'method',
] as const;

/** A price in micros as decimal cents: 520_000 → "52", 525_500 → "52.55" (exact, at most 4 decimals). */
function cents(price: number): string {
  return microsToDecimalString(price * 100);
}

/**
 * 'standard': comma-separated, decimal point (any tool, any locale). 'semicolon': what spreadsheets
 * in decimal-comma locales (French Excel, LibreOffice) open straight into columns — semicolons
 * between fields and a decimal comma in the numbers.
 */
export type CsvFormat = 'standard' | 'semicolon';

/** Does this locale write 1.5 as "1,5"? Then the semicolon variant is offered too. */
export function usesDecimalComma(locale: string): boolean {
  return (1.5).toLocaleString(locale).includes(',');
}

/**
 * Trades as CSV: ISO times, decimal dollars and cents (never micros), every field quoted as needed
 * (commas, quotes, newlines, unicode), CRLF lines, UTF-8 BOM first.
 */
export function tradesToCsv(trades: readonly TradeRow[], format: CsvFormat = 'standard'): string {
  const num = format === 'semicolon' ? (text: string) => text.replace('.', ',') : (text: string) => text;
  const data = trades.map((t) => [
    new Date(t.executedAt).toISOString(),
    t.marketName,
    t.marketId,
    t.positionId,
    t.side,
    t.action,
    t.reason,
    t.status,
    t.mode,
    num(cents(t.price)),
    num(microsToDecimalString(t.shares)),
    num(microsToDecimalString(t.amount)),
    num(microsToDecimalString(t.fee)),
    t.orderId ?? '',
    t.transactionHash ?? '',
    t.error ?? '',
    t.burnedYes === undefined ? '' : num(microsToDecimalString(t.burnedYes)),
    t.burnedNo === undefined ? '' : num(microsToDecimalString(t.burnedNo)),
    tradeMethod(t),
  ]);
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data },
      {
        newline: '\r\n',
        escapeFormulae: true,
        delimiter: format === 'semicolon' ? ';' : ',',
      },
    )
  );
}

export function csvFileName(now: number, format: CsvFormat = 'standard'): string {
  const variant = format === 'semicolon' ? '-semicolon' : '';
  return `equilibrage-trades-${new Date(now).toISOString().slice(0, 10)}${variant}.csv`;
}
