import type { Micros } from '../model/money';

/**
 * The on-chain transaction intent journal (split / merge / redeem / convert / approvals): write the
 * intent first, record the SIGNED transaction (nonce, hash, raw bytes) before broadcasting it, then its
 * fate. Because the hash and the raw bytes are stored before they leave, a restart after any step can
 * tell what may be on chain and rebroadcast the very same transaction (same nonce: it can execute at
 * most once) instead of signing a second one. Pure: the caller persists each returned entry.
 *
 *   intent ──sign──▶ signed ──broadcast──▶ sent ──▶ mined | reverted | dropped
 */
export type ChainOp = 'split' | 'merge' | 'redeem' | 'convert' | 'approve-pusd' | 'approve-ctf';
export type IntentStatus = 'intent' | 'signed' | 'sent' | 'mined' | 'reverted' | 'dropped';

export interface ChainIntent {
  id: string;
  op: ChainOp;
  /** Condition (or neg-risk market id for convert); '' for approvals. */
  conditionId: string;
  /** Micros of pairs (split, merge, convert); 0 for redeem and approvals. */
  amount: Micros;
  /** The account that signs and sends. */
  from: string;
  status: IntentStatus;
  createdAt: number;
  nonce: number | null;
  hash: string | null;
  /** Signed transaction bytes: public once broadcast, kept so a restart resends the SAME transaction. */
  rawTx: string | null;
  signedAt: number | null;
  sentAt: number | null;
  /** Broadcasts so far (1 after the first, +1 per rebroadcast of the same bytes). */
  broadcasts: number;
  blockNumber: number | null;
  revertReason: string | null;
  /** The dropped intent this one replaces, if any. */
  supersedes: string | null;
  /** The exact call to sign (target and calldata), so a restart can send it without re-deciding. */
  call: { to: string; data: string } | null;
  /**
   * Relayer accounts (proxy, Safe, deposit wallet): the relayer's transaction id once /submit answered
   * (the hash only comes later), so a restart polls it instead of submitting again. `rawTx` then holds
   * the signed relayer request and `nonce` the wallet nonce it was signed for.
   */
  relayerTxId?: string | null;
  /** What the operation serves and the balances before it, so a restart can report and verify it. */
  context?: IntentContext | null;
  /** When its final outcome was handed to the caller (null while not yet: reconcile reports it). */
  reportedAt?: number | null;
}

/** The holder's balances of the market before the operation (micros). */
export interface IntentBalances {
  collateral: Micros;
  yes: Micros;
  no: Micros;
}

export interface IntentContext {
  positionId: string;
  negRisk: boolean;
  before: IntentBalances;
  /** What the mined operation changed (saved when it is settled): asked again, it answers this. */
  done?: { collateral: Micros; yesShares: Micros; noShares: Micros; gasPaid: Micros };
}

/** Where journal entries are persisted (each save must be durable before the next step runs). */
export interface IntentStore {
  save(entry: ChainIntent): Promise<void>;
}

export class IntentTransitionError extends Error {
  constructor(entry: ChainIntent, step: string) {
    super(`cannot ${step} intent ${entry.id} in status ${entry.status}`);
    this.name = 'IntentTransitionError';
  }
}

const TERMINAL: readonly IntentStatus[] = ['mined', 'reverted', 'dropped'];

export function isTerminal(entry: ChainIntent): boolean {
  return TERMINAL.includes(entry.status);
}

export interface NewIntent {
  id: string;
  op: ChainOp;
  conditionId: string;
  amount: Micros;
  from: string;
  at: number;
  supersedes?: string;
  call?: { to: string; data: string };
  context?: IntentContext;
}

export function createIntent(n: NewIntent): ChainIntent {
  if (!Number.isInteger(n.amount) || n.amount < 0) throw new RangeError(`bad amount: ${n.amount}`);
  return {
    id: n.id,
    op: n.op,
    conditionId: n.conditionId,
    amount: n.amount,
    from: n.from,
    status: 'intent',
    createdAt: n.at,
    nonce: null,
    hash: null,
    rawTx: null,
    signedAt: null,
    sentAt: null,
    broadcasts: 0,
    blockNumber: null,
    revertReason: null,
    supersedes: n.supersedes ?? null,
    call: n.call ?? null,
    ...(n.context ? { context: n.context, reportedAt: null } : {}),
  };
}

/** Persist this BEFORE broadcasting. */
export function markSigned(
  e: ChainIntent,
  s: { nonce: number; hash: string; rawTx: string; at: number },
): ChainIntent {
  if (e.status !== 'intent') throw new IntentTransitionError(e, 'sign');
  return { ...e, status: 'signed', nonce: s.nonce, hash: s.hash, rawTx: s.rawTx, signedAt: s.at };
}

/** The node accepted the bytes (first broadcast or a rebroadcast of the same bytes). */
export function markSent(e: ChainIntent, at: number): ChainIntent {
  if (e.status !== 'signed' && e.status !== 'sent') throw new IntentTransitionError(e, 'send');
  return { ...e, status: 'sent', sentAt: at, broadcasts: e.broadcasts + 1 };
}

export function markMined(e: ChainIntent, blockNumber: number): ChainIntent {
  if (e.status !== 'signed' && e.status !== 'sent') throw new IntentTransitionError(e, 'mine');
  return { ...e, status: 'mined', blockNumber };
}

export function markReverted(e: ChainIntent, blockNumber: number, reason: string): ChainIntent {
  if (e.status !== 'signed' && e.status !== 'sent') throw new IntentTransitionError(e, 'revert');
  return { ...e, status: 'reverted', blockNumber, revertReason: reason };
}

/** Refused before anything was signed (e.g. gas estimation reverted): nothing can reach the chain. */
export function markRefused(e: ChainIntent, reason: string): ChainIntent {
  if (e.status !== 'intent') throw new IntentTransitionError(e, 'refuse');
  return { ...e, status: 'reverted', revertReason: reason };
}

/** Its nonce went to another transaction: this one can never be mined. */
export function markDropped(e: ChainIntent): ChainIntent {
  if (e.status !== 'signed' && e.status !== 'sent') throw new IntentTransitionError(e, 'drop');
  return { ...e, status: 'dropped' };
}

/**
 * The guard against a double split or a merge racing a split: no new intent on a condition (or, for
 * approvals, on the account) while an earlier one may still reach the chain.
 */
export function openIntentBlocking(
  journal: readonly ChainIntent[],
  from: string,
  conditionId: string,
): ChainIntent | null {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return (
    journal.find(
      (e) => !isTerminal(e) && same(e.from, from) && (conditionId === '' || same(e.conditionId, conditionId)),
    ) ?? null
  );
}
