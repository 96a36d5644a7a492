import type { GasPayment } from '../../core/ctf/gas-cost';
import type { Payouts } from '../../core/ctf/redeem-payout';
import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { Settings } from '../../settings/schema';

/**
 * The on-chain position operations of the Conditional Token Framework (see polymarket-ctf.md, copied
 * facts in docs/): split pUSD into YES+NO pairs at exactly $1 a pair, merge pairs back into pUSD, and
 * redeem a resolved market's shares. Paper models them on the paper balances; live writes a
 * chain intent first, then sends it (an EOA pays POL gas and sends itself; proxy, Safe and
 * deposit-wallet accounts go through Polymarket's relayer) and reconciles it after a restart.
 * The trading engine never knows which one it talks to, exactly as with `Exchange`.
 */
export type CtfOpKind = 'split' | 'merge' | 'redeem';

export interface CtfRequest {
  market: Market;
  /** Pairs in micros for split and merge (N pairs = N YES + N NO shares = N pUSD); ignored by redeem. */
  amount: Micros;
  /** The position this operation serves: the journal keys it, reconciliation reports it. */
  positionId: string;
}

/** Changes the operation made to the account, in micros (signed: spent collateral is negative). */
export interface CtfDelta {
  collateral: Micros;
  yesShares: Micros;
  noShares: Micros;
  /** Gas paid in pUSD micros (0 through the relayer and on paper when gas is not modelled). */
  gasPaid: Micros;
}

export type CtfOutcome =
  /** Mined (live) or applied (paper), and verified by the balances it changed. */
  | { status: 'done'; intentId: string; txHash: string | null; delta: CtfDelta }
  /** Refused before or on chain (missing approval, revert, relayer refusal): nothing changed. */
  | { status: 'refused'; intentId: string | null; code: string; message: string }
  /** Sent but its fate is not known yet: `reconcile` settles it later; never send it again. */
  | { status: 'pending'; intentId: string };

export interface CtfOperations {
  readonly mode: Settings['mode'];
  /**
   * What one operation costs in gas now (the relayer and paper without a gas model: `{kind:'relayer'}`).
   * `market` (optional) lets an estimate tell standard from neg-risk markets.
   */
  gas(op: CtfOpKind, market?: Market): Promise<GasPayment>;
  /**
   * Split, merge and redeem are idempotent per (positionId, op): asked again for a position whose operation
   * is already journalled (a worker restarted before it recorded the outcome), they answer that
   * operation's outcome (done, refused or pending) and never send a second one. The trading engine
   * relies on it to finish an entry by split or a close by merge after a crash.
   */
  split(request: CtfRequest): Promise<CtfOutcome>;
  merge(request: CtfRequest): Promise<CtfOutcome>;
  /** Redeems every share of the market the account holds (the adapters take both full balances). */
  redeem(request: CtfRequest): Promise<CtfOutcome>;
  /** The market's payout vector once resolved on chain, null before. */
  payouts(market: Market): Promise<Payouts | null>;
  /** After a restart or on a poll: finish or settle every journalled operation not yet final. */
  reconcile(): Promise<{ positionId: string; op: CtfOpKind; outcome: CtfOutcome }[]>;
}

/** The CTF operations of a mode; throws an operational AppError when live cannot run (wallet locked…). */
export type CtfProvider = (mode: Settings['mode'], settings: Settings) => Promise<CtfOperations>;
