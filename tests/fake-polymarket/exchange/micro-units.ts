/** Fixed-point helpers: prices and amounts are bigint in 1e6 units (as on-chain). */
export const ONE = 1_000_000n;

export function toMicro(value: number | string): bigint {
  const text = typeof value === 'number' ? value.toFixed(6) : value;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const micro = BigInt(whole) * ONE + BigInt(fraction.padEnd(6, '0').slice(0, 6) || '0');
  return negative ? -micro : micro;
}

/** "12.34" style decimal string, trailing zeros trimmed ("5", "0.43"). */
export function microToDecimal(micro: bigint): string {
  const negative = micro < 0n;
  const abs = negative ? -micro : micro;
  const whole = abs / ONE;
  const fraction = (abs % ONE).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function microToNumber(micro: bigint): number {
  return Number(micro) / 1e6;
}

/** shares (micro) × price (micro) → collateral (micro), rounded down. */
export function notional(shares: bigint, price: bigint): bigint {
  return (shares * price) / ONE;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
