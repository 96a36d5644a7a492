/** A fact the doctor gathered, or why it could not (timeout, network, unexpected answer). */
export type Fact<T> = { ok: true; value: T } | { ok: false; reason: string };

export type SignatureType = 0 | 1 | 2 | 3;
export type Spender = 'exchange' | 'negRiskExchange' | 'negRiskAdapter';
export const SPENDERS: readonly Spender[] = ['exchange', 'negRiskExchange', 'negRiskAdapter'];
/** The pUSD collateral adapters of split / merge / redeem (standard, neg-risk): optional for trading. */
export type CtfSpender = 'ctfCollateralAdapter' | 'negRiskCtfCollateralAdapter';
export const CTF_SPENDERS: readonly CtfSpender[] = ['ctfCollateralAdapter', 'negRiskCtfCollateralAdapter'];

export interface RegionFact {
  blocked: boolean;
  country: string | null;
  region: string | null;
}

/** On-chain state of the funder; a null value = that single read failed. 6-decimal micros, POL in wei. */
export interface ChainFacts {
  pusdMicros: bigint | null;
  usdceMicros: bigint | null;
  polWei: bigint | null;
  pusdAllowance: Record<Spender, bigint | null>;
  ctfApproved: Record<Spender, boolean | null>;
  /** What split / merge / redeem need, per collateral adapter (absent = not read). */
  ctfAdapters?: {
    pusdAllowance: Record<CtfSpender, bigint | null>;
    ctfApproved: Record<CtfSpender, boolean | null>;
  } | null;
}

/** API credentials: where they came from and whether an authenticated (L2) call accepted them. */
export type CredentialsFact =
  | { source: 'stored' | 'derived'; l2: { ok: true } | { ok: false; message: string } }
  | { source: 'refused'; message: string };

/** The exchange's own (cached) view of the funder's collateral. */
export interface ExchangeViewFact {
  balanceMicros: bigint;
  /** Allowance per spender as the exchange sees it; null = not listed. */
  allowances: Record<Spender, bigint | null>;
}

/**
 * Where a key's accounts keep their pUSD: the key's own address, and the Polymarket wallets
 * polymarket.com would have made for it (email-login proxy, browser-wallet Safe). null = unread.
 */
export interface AccountProbe {
  signerPusdMicros: bigint | null;
  proxyWallet: string;
  proxyPusdMicros: bigint | null;
  safeWallet: string;
  safePusdMicros: bigint | null;
}

/** Everything the doctor looks at. `null` = not asked (a prerequisite is missing). */
export interface WalletFacts {
  /** Epoch ms when the facts were gathered. */
  checkedAt: number;
  hasWallet: boolean;
  unlocked: boolean;
  signer: string | null;
  signatureType: SignatureType;
  funderAddress: string | null;
  region: Fact<RegionFact>;
  closedOnly: Fact<boolean> | null;
  credentials: Fact<CredentialsFact> | null;
  chain: Fact<ChainFacts> | null;
  exchange: Fact<ExchangeViewFact> | null;
  /** The key's possible accounts on chain (null: no key, or not read). */
  accounts?: Fact<AccountProbe> | null;
}

/** The address that holds the money and places orders: the signer for EOA (0), the funder otherwise. */
export function tradingAddress(f: Pick<WalletFacts, 'signer' | 'signatureType' | 'funderAddress'>) {
  if (f.signatureType === 0) return f.funderAddress ?? f.signer;
  return f.funderAddress;
}

export const sameAddress = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
