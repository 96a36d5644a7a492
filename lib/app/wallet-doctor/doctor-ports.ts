import type { MissingApproval } from '../../core/wallet-doctor/approval-plan';
import type {
  AccountProbe,
  ChainFacts,
  CredentialsFact,
  ExchangeViewFact,
  RegionFact,
  SignatureType,
} from '../../core/wallet-doctor/wallet-facts';

/** What the doctor needs from the settings (endpoints and wallet group). */
export interface DoctorConfig {
  signatureType: SignatureType;
  funderAddress: string | null;
  clobUrl: string;
  polygonRpcUrl: string;
  geoblockUrl: string;
}

/** One authenticated CLOB session for a doctor run (API keys derived once, then L2 calls). */
export interface ClobDoctorSession {
  credentials(): Promise<CredentialsFact>;
  closedOnly(): Promise<boolean>;
  exchangeView(options: { refresh: boolean }): Promise<ExchangeViewFact>;
}

/** A transaction the doctor would send, described for the user before anything is signed. */
export interface PlannedApproval extends MissingApproval {
  from: string;
  /** The contract called: pUSD (approve) or the Conditional Tokens contract (setApprovalForAll). */
  to: string;
  spenderAddress: string;
  /** e.g. "approve(spender, unlimited)". */
  call: string;
  /** Gas units, as a decimal string; null when the estimate failed. */
  gas: string | null;
  /** Estimated cost in POL ("0.0042"); null when unknown. */
  costPol: string | null;
  /** Why the estimate failed, when it did. */
  estimateError: string | null;
}

/** The doctor's view of the outside world. The adapters implement it (lib/adapters/wallet-doctor). */
export interface DoctorSources {
  wallet(): Promise<{ hasWallet: boolean; unlocked: boolean; signer: string | null }>;
  region(geoblockUrl: string): Promise<RegionFact>;
  clob(config: DoctorConfig): ClobDoctorSession;
  chain(rpcUrl: string, funder: string): Promise<ChainFacts>;
  /** pUSD of the key's own address and of the Polymarket wallets derived from it. */
  accounts(rpcUrl: string, signer: string): Promise<AccountProbe>;
  planApprovals(rpcUrl: string, missing: MissingApproval[]): Promise<PlannedApproval[]>;
  /** Sends one approval from the vault's own account (EOA only); resolves to the transaction hash. */
  sendApproval(rpcUrl: string, approval: MissingApproval): Promise<string>;
}
