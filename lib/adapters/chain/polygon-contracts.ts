import type { Address } from 'viem';

/** Polygon (137) contracts the extension reads (other-apis.md §3, polymarket-api.md §5.1). */
export const POLYGON_CONTRACTS = {
  pusd: '0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB',
  conditionalTokens: '0x4D97DCd97eC945f40cF65F87097ACe5EA0476045',
  exchange: '0xE111180000d2663C0091e4f400237545B87B996B',
  negRiskExchange: '0xe2222d279d744050d28e00520010520000310F59',
  negRiskAdapter: '0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296',
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
} as const satisfies Record<string, Address>;

/** The three spenders/operators trading needs approved. */
export const TRADING_SPENDERS = ['exchange', 'negRiskExchange', 'negRiskAdapter'] as const;
export type TradingSpender = (typeof TRADING_SPENDERS)[number];
