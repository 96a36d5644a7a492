import { type ChainIntent, type IntentBalances, IntentTransitionError } from './chain-intent';

/**
 * The journal steps of an operation sent through Polymarket's relayer (proxy, Safe and deposit-wallet
 * accounts, polymarket-ctf.md §6). The relayer answers /submit with a transaction id and no hash; the
 * hash comes with STATE_CONFIRMED. Same discipline as an EOA transaction:
 *
 *   intent ──sign──▶ signed (request + wallet nonce saved) ──submit──▶ sent (relayer id saved)
 *          ──poll──▶ mined (hash) | reverted (FAILED / INVALID / refused)
 *
 * A restart polls a saved relayer id; a signed request without an id is submitted again byte for byte
 * (its wallet nonce lets it execute at most once) unless the wallet nonce has moved past it, in which
 * case the balances tell whether it executed. Pure: the caller persists each returned entry.
 */
export type RelayState =
  | 'STATE_NEW'
  | 'STATE_EXECUTED'
  | 'STATE_MINED'
  | 'STATE_CONFIRMED'
  | 'STATE_FAILED'
  | 'STATE_INVALID';

export interface RelayObservation {
  state: string;
  transactionHash: string | null;
  errorMsg: string | null;
}

/** Persist this BEFORE submitting: the signed relayer request and the wallet nonce it uses. */
export function markRelaySigned(
  e: ChainIntent,
  s: { nonce: string; request: string; at: number },
): ChainIntent {
  if (e.status !== 'intent') throw new IntentTransitionError(e, 'sign');
  const n = Number(s.nonce);
  return {
    ...e,
    status: 'signed',
    nonce: Number.isSafeInteger(n) ? n : null,
    rawTx: s.request,
    signedAt: s.at,
    relayerTxId: null,
  };
}

/** The relayer accepted the request: save its id before anything else. */
export function markRelaySubmitted(e: ChainIntent, s: { transactionId: string; at: number }): ChainIntent {
  if (e.status !== 'signed' && e.status !== 'sent') throw new IntentTransitionError(e, 'submit');
  return { ...e, status: 'sent', relayerTxId: s.transactionId, sentAt: s.at, broadcasts: e.broadcasts + 1 };
}

/** Refused by the relayer before it took the request (allow list, auth…): nothing can reach the chain. */
export function markRelayRefused(e: ChainIntent, reason: string): ChainIntent {
  if (e.status !== 'intent' && e.status !== 'signed') throw new IntentTransitionError(e, 'refuse');
  return { ...e, status: 'reverted', revertReason: reason };
}

export type RelayAction =
  /** Never signed: sign with the wallet's current nonce and submit. */
  | { kind: 'sign-and-submit' }
  /** Signed, no relayer id: submit the same signed request again. */
  | { kind: 'resubmit'; request: string }
  /** Signed, no relayer id, and the wallet nonce moved past it: the balances decide. */
  | { kind: 'check-balances' }
  /** Submitted and not settled: poll again later. */
  | { kind: 'wait' }
  | { kind: 'done'; hash: string | null }
  | { kind: 'failed'; reason: string };

/** What to do with a relayed entry now, given the relayer's answer for its id (or its wallet nonce). */
export function reconcileRelayed(
  entry: ChainIntent,
  seen: { relay: RelayObservation | null; walletNonce: string | null },
): { entry: ChainIntent; action: RelayAction } {
  if (entry.status === 'mined') return { entry, action: { kind: 'done', hash: entry.hash } };
  if (entry.status === 'reverted' || entry.status === 'dropped')
    return { entry, action: { kind: 'failed', reason: entry.revertReason ?? entry.status } };
  if (entry.status === 'intent') return { entry, action: { kind: 'sign-and-submit' } };
  if (!entry.relayerTxId) {
    if (entry.rawTx === null) throw new Error(`relayed intent ${entry.id} is signed without a request`);
    const used = seen.walletNonce !== null && entry.nonce !== null && Number(seen.walletNonce) > entry.nonce;
    return used
      ? { entry, action: { kind: 'check-balances' } }
      : { entry, action: { kind: 'resubmit', request: entry.rawTx } };
  }
  const relay = seen.relay;
  if (relay === null) return { entry, action: { kind: 'wait' } };
  if (relay.state === 'STATE_CONFIRMED' && relay.transactionHash) {
    const next: ChainIntent = { ...entry, status: 'mined', hash: relay.transactionHash };
    return { entry: next, action: { kind: 'done', hash: relay.transactionHash } };
  }
  if (relay.state === 'STATE_FAILED' || relay.state === 'STATE_INVALID') {
    const reason = relay.errorMsg ?? relay.state;
    return {
      entry: { ...entry, status: 'reverted', revertReason: reason },
      action: { kind: 'failed', reason },
    };
  }
  return { entry, action: { kind: 'wait' } };
}

/**
 * Whether the balances show the operation happened (used when a signed request's fate is unknown):
 * split adds pairs, merge removes them, redeem empties both sides.
 */
export function balancesShowDone(
  op: ChainIntent['op'],
  amount: number,
  before: IntentBalances,
  now: IntentBalances,
): boolean {
  if (op === 'split') return now.yes - before.yes >= amount && now.no - before.no >= amount;
  if (op === 'merge') return before.yes - now.yes >= amount && before.no - now.no >= amount;
  if (op === 'redeem') return now.yes === 0 && now.no === 0 && (before.yes > 0 || before.no > 0);
  return false;
}
