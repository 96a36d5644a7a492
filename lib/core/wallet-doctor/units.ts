/** 6-decimal micros → "12.34" (two decimals, rounded down). */
export function microsToUsd(micros: bigint): string {
  const cents = micros / 10_000n;
  const whole = cents / 100n;
  const frac = (cents % 100n).toString().padStart(2, '0');
  return `${whole}.${frac}`;
}

/** Wei (18 decimals) → "0.0123" (four decimals, rounded down). */
export function weiToPol(wei: bigint): string {
  const tenThousandths = wei / 10n ** 14n;
  const whole = tenThousandths / 10_000n;
  const frac = (tenThousandths % 10_000n).toString().padStart(4, '0');
  return `${whole}.${frac}`;
}
