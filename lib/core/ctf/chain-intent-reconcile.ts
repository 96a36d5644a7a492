import { type ChainIntent, markDropped, markMined, markReverted, markSent } from './chain-intent';

/**
 * What to do with a journal entry after a restart (or on each poll), given what the chain says now.
 * Never signs a second transaction while the first may still be mined: a new transaction is only
 * signed for an entry that was never signed, and anything signed is resent byte for byte.
 */
export interface ChainObservation {
  /** eth_getTransactionReceipt(hash): null while unknown or pending. */
  receipt: { status: 'success' | 'reverted'; blockNumber: number; revertReason?: string } | null;
  /** eth_getTransactionByHash(hash) found it (pending or mined). */
  txKnown: boolean;
  /** eth_getTransactionCount(from, 'latest'): nonces below this are used up. */
  minedNonce: number;
  now: number;
}

export type ReconcileAction =
  /** Never signed: nothing of it can be on chain. Sign with the next nonce and send. */
  | { kind: 'sign-and-send' }
  /** Signed (maybe sent): broadcast these exact bytes again; the shared nonce makes it idempotent. */
  | { kind: 'broadcast'; rawTx: string }
  /** Known to the node and pending: poll again later. */
  | { kind: 'wait' }
  /** Mined and succeeded: apply its effect (positions / pUSD) if not yet applied. */
  | { kind: 'done'; blockNumber: number }
  /** Mined and reverted: nothing moved; report the reason, never retry blindly. */
  | { kind: 'failed'; reason: string }
  /** Its nonce went to another transaction: nothing moved; re-read balances, then decide afresh. */
  | { kind: 'replan' };

export interface ReconcileResult {
  entry: ChainIntent;
  action: ReconcileAction;
}

export interface ReconcilePolicy {
  /** Rebroadcast a sent transaction the node no longer knows after this long (ms). */
  rebroadcastAfterMs: number;
}

const DEFAULT_POLICY: ReconcilePolicy = { rebroadcastAfterMs: 60_000 };

function settled(entry: ChainIntent): ReconcileAction | null {
  if (entry.status === 'mined') return { kind: 'done', blockNumber: entry.blockNumber ?? 0 };
  if (entry.status === 'reverted') return { kind: 'failed', reason: entry.revertReason ?? 'reverted' };
  if (entry.status === 'dropped') return { kind: 'replan' };
  return null;
}

export function reconcileIntent(
  entry: ChainIntent,
  obs: ChainObservation | null,
  policy: ReconcilePolicy = DEFAULT_POLICY,
): ReconcileResult {
  const done = settled(entry);
  if (done) return { entry, action: done };
  if (entry.status === 'intent') return { entry, action: { kind: 'sign-and-send' } };
  if (entry.rawTx === null || entry.nonce === null)
    throw new Error(`intent ${entry.id} is signed without bytes`);
  if (obs === null) return { entry, action: { kind: 'wait' } };

  if (obs.receipt) {
    const next =
      obs.receipt.status === 'success'
        ? markMined(entry, obs.receipt.blockNumber)
        : markReverted(entry, obs.receipt.blockNumber, obs.receipt.revertReason ?? 'reverted');
    return { entry: next, action: settled(next) ?? { kind: 'wait' } };
  }
  if (obs.minedNonce > entry.nonce && !obs.txKnown) {
    return { entry: markDropped(entry), action: { kind: 'replan' } };
  }
  if (obs.txKnown) {
    // Killed between the broadcast and recording it: the node has it, so it was sent.
    const next = entry.status === 'signed' ? { ...markSent(entry, obs.now) } : entry;
    return { entry: next, action: { kind: 'wait' } };
  }
  // Unknown to the node and its nonce still free: never broadcast, or evicted from the mempool.
  if (entry.status === 'signed') return { entry, action: { kind: 'broadcast', rawTx: entry.rawTx } };
  const since = entry.sentAt ?? entry.signedAt ?? entry.createdAt;
  if (obs.now - since >= policy.rebroadcastAfterMs) {
    return { entry, action: { kind: 'broadcast', rawTx: entry.rawTx } };
  }
  return { entry, action: { kind: 'wait' } };
}
