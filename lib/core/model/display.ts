import { MICRO, type Micros } from './money';

/**
 * Numbers as a person reads them in a decision's message ("Spread 4¢ is wider than your 3¢ limit").
 * Deterministic and independent of the user's language settings, so a message reads the same in
 * tests, logs and the UI.
 */

function trimmed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}

function withThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A price in cents: 40_000 → "4¢", 35_000 → "3.5¢", 1_000 → "0.1¢". */
export function formatCents(price: Micros): string {
  return `${trimmed(price / 10_000, 2)}¢`;
}

/** Collateral in dollars: whole amounts without cents ("$10,000"), otherwise two decimals ("$12.34"). */
export function formatUsd(micros: Micros): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const cents = Math.round(abs / 10_000);
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  const head = `${sign}$${withThousands(String(whole))}`;
  return frac === 0 && abs % MICRO === 0 ? head : `${head}.${String(frac).padStart(2, '0')}`;
}

/** A fraction as a percentage: 0.3 → "30%", 0.025 → "2.5%", −0.1534 → "-15.34%". */
export function formatPercent(fraction: number): string {
  return `${trimmed(fraction * 100, 2)}%`;
}

/** A share count: 12_340_000 → "12.34". */
export function formatShares(micros: Micros): string {
  return trimmed(micros / MICRO, 2);
}
