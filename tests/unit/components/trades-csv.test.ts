import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvFileName,
  tradesToCsv,
  UTF8_BOM,
  usesDecimalComma,
} from '../../../components/dashboard/history/trades-csv';
import { trade } from './trade-factory';

describe('tradesToCsv', () => {
  const rows = [
    trade({ id: 'a', marketName: 'Bitcoin above $100,000 on "Dec 31"?', price: 525_500, amount: 50_000_000 }),
    trade({ id: 'b', marketName: 'Élection : Macron, démission ? 🇫🇷', price: 210_000, fee: 350_001 }),
    trade({
      id: 'c',
      marketName: '=HYPERLINK("x")',
      status: 'failed',
      error: 'Not enough depth,\nretry later',
    }),
  ];
  const csv = tradesToCsv(rows);

  it('starts with a UTF-8 BOM and uses CRLF lines', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}`);
  });

  it('round-trips commas, quotes, newlines and unicode through papaparse', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.market)).toEqual([
      'Bitcoin above $100,000 on "Dec 31"?',
      'Élection : Macron, démission ? 🇫🇷',
      // Formula-looking text is neutralised for spreadsheets.
      `'=HYPERLINK("x")`,
    ]);
    expect(parsed.data[2]?.error).toBe('Not enough depth,\nretry later');
  });

  it('writes decimal dollars and cents, never micros', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]).toMatchObject({ price_cents: '52.55', amount_usd: '50', fee_usd: '0.6' });
    expect(parsed.data[1]).toMatchObject({ price_cents: '21', fee_usd: '0.350001' });
    expect(parsed.data[0]?.executed_at).toBe('2026-11-20T10:00:00.000Z');
  });

  it('writes a redeem as one row: action and reason "redeem", payout, both legs burned', () => {
    const redeem = trade({
      id: 'r',
      side: 'no',
      action: 'redeem',
      reason: 'redeem',
      price: 1_000_000,
      amount: 100_000_000,
      shares: 200_000_000,
      fee: 0,
      burnedYes: 100_000_000,
      burnedNo: 100_000_000,
      transactionHash: '0xabc',
    });
    const parsed = Papa.parse<Record<string, string>>(tradesToCsv([redeem]).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toMatchObject({
      action: 'redeem',
      reason: 'redeem',
      price_cents: '100',
      amount_usd: '100',
      shares: '200',
      burned_yes: '100',
      burned_no: '100',
      transaction_hash: '0xabc',
    });
    expect(parsed.data.length).toBe(1);
  });

  it('writes only the header for no trades', () => {
    expect(tradesToCsv([]).trimEnd()).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}`);
  });
});

describe('the spreadsheet variant for decimal-comma locales (issue 21 item 9)', () => {
  it('separates fields with semicolons and writes decimal commas, and says so in its name', () => {
    const rows = [trade({ id: 'a', marketName: 'Prix ; 1,5 ?', price: 525_500, amount: 50_000_000 })];
    const csv = tradesToCsv(rows, 'semicolon');
    expect(csv.split('\r\n')[0]).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(';')}`);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ market: 'Prix ; 1,5 ?', price_cents: '52,55', amount_usd: '50' });
    expect(csvFileName(Date.UTC(2026, 11, 6), 'semicolon')).toBe(
      'equilibrage-trades-2026-12-06-semicolon.csv',
    );
    expect(usesDecimalComma('fr-FR')).toBe(true);
    expect(usesDecimalComma('en-US')).toBe(false);
  });
});
