/** Micros → Kalshi's dollar string, 4 decimals ("0.5600"); fees use 6 ("0.010000"). */
export function dollars(micros: number, decimals = 4): string {
  return (micros / 1_000_000).toFixed(decimals);
}

/** Micros of a contract → Kalshi's count string, always 2 decimals ("10.00"). */
export function fp(micros: number): string {
  return (micros / 1_000_000).toFixed(2);
}

/** A dollar or count string → micros (exact for ≤ 6 decimals); null when it is not one. */
export function parseFixed(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{1,9})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 1_000_000 + Number((match[2] ?? '').padEnd(6, '0'));
}

export const isoTime = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
