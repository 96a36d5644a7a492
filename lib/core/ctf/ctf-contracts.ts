import { type HexAddress, POLYGON_CONTRACTS } from '../model/polygon-contracts';

export type { HexAddress };

/**
 * The Polygon (137) contracts of split, merge, redeem and convert (polymarket-ctf.md §1, late 2026),
 * named for the CTF flows; the addresses themselves live in ../model/polygon-contracts.ts.
 */
export const CTF_CONTRACTS = {
  /** ConditionalTokens (ERC-1155): holds every CTF outcome token. */
  conditionalTokens: POLYGON_CONTRACTS.conditionalTokens,
  /** pUSD, the user collateral (6 decimals). */
  pusd: POLYGON_CONTRACTS.pusd,
  /** Split / merge / redeem for standard (negRisk=false) markets. */
  ctfCollateralAdapter: POLYGON_CONTRACTS.ctfCollateralAdapter,
  /** Split / merge / redeem / convert for neg-risk markets. */
  negRiskCtfCollateralAdapter: POLYGON_CONTRACTS.negRiskCtfCollateralAdapter,
  /** The CLOB-v1 NegRiskAdapter: oracle of neg-risk conditions; relayer calls to it ended 2026-07-17. */
  negRiskAdapter: POLYGON_CONTRACTS.negRiskAdapter,
  /** NegRisk WrappedCollateral: the collateral key of neg-risk position ids. */
  negRiskWrappedCollateral: POLYGON_CONTRACTS.negRiskWrappedCollateral,
  /** USDC.e: the collateral key of standard position ids (and pUSD's backing). */
  usdce: POLYGON_CONTRACTS.usdcE,
} as const;

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

/** The contracts relayed calls go through (polymarket-ctf.md §1, §6). */
export const RELAYER_CONTRACTS = {
  /** Proxy wallets (type 1): `proxy((typeCode,to,value,data)[])` forwards to the caller's proxy wallet. */
  proxyFactory: POLYGON_CONTRACTS.proxyFactory,
  /** The RelayHub PROXY requests are signed for. */
  relayHub: '0xD216153c06E857cD7f72665E0aF1d7D82172F494',
  /** Deposit wallets (type 3): the `to` of WALLET batches. */
  depositWalletFactory: '0x00000000000Fb5C9ADea0298D729A0CB3823Cc07',
} as const satisfies Record<string, HexAddress>;
