import type { Micros } from '../model/money';

/**
 * What an on-chain call costs the user in pUSD micros. EOAs (signature type 0) pay POL gas; proxy, Safe
 * and deposit-wallet accounts go through Polymarket's relayer and pay nothing (polymarket-ctf.md §6).
 */
export type GasPayment =
  | { kind: 'relayer' }
  | {
      kind: 'eoa';
      gasUnits: number;
      /** Effective gas price in wei per gas unit. */
      gasPriceWei: bigint;
      /** pUSD micros per whole POL (1e18 wei). */
      polPriceMicros: Micros;
    };

const WEI_PER_POL = 10n ** 18n;

/** Gas cost in pUSD micros, rounded up (a cost is never understated). */
export function gasCostMicros(payment: GasPayment): Micros {
  if (payment.kind === 'relayer') return 0;
  const { gasUnits, gasPriceWei, polPriceMicros } = payment;
  if (!Number.isInteger(gasUnits) || gasUnits < 0) throw new RangeError(`bad gas units: ${gasUnits}`);
  if (gasPriceWei < 0n || polPriceMicros < 0) throw new RangeError('negative gas price or POL price');
  const num = BigInt(gasUnits) * gasPriceWei * BigInt(polPriceMicros);
  const q = num / WEI_PER_POL;
  return Number(num % WEI_PER_POL === 0n ? q : q + 1n);
}
