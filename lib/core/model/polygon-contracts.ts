/** A Polygon address, as viem's `Address` (the core imports no library). */
export type HexAddress = `0x${string}`;

/**
 * Every Polygon (137) contract address the product (and its fake exchange) uses, in ONE place:
 * re-checked against @polymarket/clob-client-v2 1.1.0 `getContractConfig(137)` (exchange V2, neg-risk
 * exchange V2, exchange V3, CTF, pUSD, neg-risk adapter — a test keeps them equal) and the docs'
 * contract page (polymarket-ctf.md §1, late 2026).
 */
export const POLYGON_CONTRACTS = {
  /** pUSD, the CLOB V2 collateral (6 decimals). */
  pusd: '0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB',
  /** USDC.e: the pre-V2 collateral, wrapped into pUSD by the onramp; still keys CTF position ids. */
  usdcE: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174',
  conditionalTokens: '0x4D97DCd97eC945f40cF65F87097ACe5EA0476045',
  /** CTF Exchange V2 and NegRisk CTF Exchange V2: the EIP-712 verifying contracts of orders. */
  exchange: '0xE111180000d2663C0091e4f400237545B87B996B',
  negRiskExchange: '0xe2222d279d744050d28e00520010520000310F59',
  /** Exchange V3 (Protocol V2 "v2 market" orders, EIP-712 domain version "3"). */
  exchangeV3: '0xe3333700cA9d93003F00f0F71f8515005F6c00Aa',
  /**
   * The CLOB-v1 NegRiskAdapter: deprecated, and the relayer refuses calls to it since 2026-07-17
   * (split/merge/redeem/convert go through the collateral adapters below), but users report the
   * order book still wants pUSD approved to it for neg-risk BUYs, so trading keeps that approval.
   */
  negRiskAdapter: '0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296',
  /** Collateral adapters for split/merge/redeem (standard) and also convert (neg-risk), paying pUSD. */
  ctfCollateralAdapter: '0xAdA100Db00Ca00073811820692005400218FcE1f',
  negRiskCtfCollateralAdapter: '0xadA2005600Dec949baf300f4C6120000bDB6eAab',
  /** NegRisk WrappedCollateral: the collateral key of neg-risk position ids. */
  negRiskWrappedCollateral: '0x3A3BD7bb9528E159577F7C2e685CC81A765002E2',
  /** Polymarket's proxy-wallet factory and implementation (email / Magic accounts, type 1). */
  proxyFactory: '0xaB45c5A4B0c941a2F231C04C3f49182e1A254052',
  proxyImplementation: '0x44e999d5c2F66Ef0861317f9A4805AC2e90aEB4f',
  /** Polymarket's Safe factory (browser-wallet accounts, type 2). */
  safeFactory: '0xaacFeEa03eb1561C4e67d661e40682Bd20E3541b',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
} as const satisfies Record<string, HexAddress>;

/** The three spenders/operators trading needs approved (pUSD allowance and CTF operator). */
export const TRADING_SPENDERS = ['exchange', 'negRiskExchange', 'negRiskAdapter'] as const;
export type TradingSpender = (typeof TRADING_SPENDERS)[number];
