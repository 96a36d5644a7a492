import type { GasPayment } from './gas-cost';

/**
 * The gas paper trading and the backtest charge for an on-chain operation when the account pays its
 * own (a plain wallet, signature type 0); proxy, Safe and deposit-wallet accounts go through
 * Polymarket's relayer and pay nothing. Units (polymarket-ctf.md §10, copied): Polymarket's forge
 * snapshots give CTF.splitPosition 113,893, CTF.mergePositions 67,020, NegRiskAdapter.splitPosition
 * 170,154 and mergePositions 145,499, excluding the 21,000 base; the collateral adapters add a pUSD
 * transfer, an unwrap or wrap through the vault and two ERC-1155 batch transfers (no published
 * figure: ≈ 100,000 assumed here). Redeem is modelled like merge. Price: 50 gwei and 0.25 pUSD per
 * POL, a deliberately round assumption (live asks the chain: `eth_estimateGas` and the gas price).
 */
export type ModelledOp = 'split' | 'merge' | 'redeem';

const BASE = 21_000;
const ADAPTER_OVERHEAD = 100_000;

export const MODELLED_GAS_UNITS: Readonly<Record<'standard' | 'negRisk', Record<ModelledOp, number>>> = {
  standard: {
    split: BASE + 113_893 + ADAPTER_OVERHEAD,
    merge: BASE + 67_020 + ADAPTER_OVERHEAD,
    redeem: BASE + 67_020 + ADAPTER_OVERHEAD,
  },
  negRisk: {
    split: BASE + 170_154 + ADAPTER_OVERHEAD,
    merge: BASE + 145_499 + ADAPTER_OVERHEAD,
    redeem: BASE + 145_499 + ADAPTER_OVERHEAD,
  },
};

export const MODELLED_GAS_PRICE_WEI = 50_000_000_000n;
export const MODELLED_POL_PRICE_MICROS = 250_000;

/** The modelled gas of one operation: relayer (free) unless the account sends its own transactions. */
export function modelledGas(op: ModelledOp, negRisk: boolean, paysOwnGas: boolean): GasPayment {
  if (!paysOwnGas) return { kind: 'relayer' };
  return {
    kind: 'eoa',
    gasUnits: MODELLED_GAS_UNITS[negRisk ? 'negRisk' : 'standard'][op],
    gasPriceWei: MODELLED_GAS_PRICE_WEI,
    polPriceMicros: MODELLED_POL_PRICE_MICROS,
  };
}

/** Signature type 0 (a plain wallet) sends its own transactions and pays POL; 1–3 go through the relayer. */
export const paysOwnGas = (signatureType: number): boolean => signatureType === 0;
