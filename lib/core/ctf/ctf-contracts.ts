/**
 * Polygon (137) contracts for split, merge, redeem and convert (polymarket-ctf.md §1, late 2026).
 * Plain data so the core can key position ids and the adapters can target calls; the addresses the
 * trading path already reads (pUSD, CTF, exchanges) also live in lib/adapters/chain/polygon-contracts.ts
 * — the same values, to be merged into one module.
 */
export type HexAddress = `0x${string}`;

export const CTF_CONTRACTS = {
  /** ConditionalTokens (ERC-1155): holds every CTF outcome token. */
  conditionalTokens: '0x4D97DCd97eC945f40cF65F87097ACe5EA0476045',
  /** pUSD, the user collateral (6 decimals). */
  pusd: '0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB',
  /** Split / merge / redeem for standard (negRisk=false) markets. */
  ctfCollateralAdapter: '0xAdA100Db00Ca00073811820692005400218FcE1f',
  /** Split / merge / redeem / convert for neg-risk markets. */
  negRiskCtfCollateralAdapter: '0xadA2005600Dec949baf300f4C6120000bDB6eAab',
  /** The CLOB-v1 NegRiskAdapter: oracle of neg-risk conditions; relayer calls to it ended 2026-07-17. */
  negRiskAdapter: '0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296',
  /** NegRisk WrappedCollateral: the collateral key of neg-risk position ids. */
  negRiskWrappedCollateral: '0x3A3BD7bb9528E159577F7C2e685CC81A765002E2',
  /** USDC.e: the collateral key of standard position ids (and pUSD's backing). */
  usdce: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174',
} as const satisfies Record<string, HexAddress>;

/** The adapter that splits, merges and redeems a market of this kind. */
export function collateralAdapterFor(negRisk: boolean): HexAddress {
  return negRisk ? CTF_CONTRACTS.negRiskCtfCollateralAdapter : CTF_CONTRACTS.ctfCollateralAdapter;
}

/** The collateral a market's position ids are keyed to (never pUSD). */
export function positionCollateralFor(negRisk: boolean): HexAddress {
  return negRisk ? CTF_CONTRACTS.negRiskWrappedCollateral : CTF_CONTRACTS.usdce;
}

/** Index sets of a binary condition: 1 = first outcome (YES), 2 = second (NO). */
export const BINARY_PARTITION = [1n, 2n] as const;
