import {
  type Address,
  type Hex,
  type PublicClient,
  TransactionNotFoundError,
  TransactionReceiptNotFoundError,
} from 'viem';
import type { ChainIntent } from '../../core/ctf/chain-intent';
import type { ChainObservation } from '../../core/ctf/chain-intent-reconcile';

/**
 * Read what the chain says about a journal entry's transaction, for reconcileIntent: its receipt (if
 * mined), whether the node knows it (pending), and the sender's mined nonce. Revert reasons are not in
 * receipts; the caller replays the call (eth_call at that block) when it wants the text. Only "not
 * found" counts as absent; every other read failure throws, since a mined transaction mistaken for a
 * dropped one would be sent twice.
 */
const absent = (error: unknown) => {
  if (error instanceof TransactionReceiptNotFoundError || error instanceof TransactionNotFoundError)
    return null;
  throw error;
};

export async function observeIntent(
  client: PublicClient,
  entry: ChainIntent,
  now: number,
): Promise<ChainObservation> {
  const hash = entry.hash as Hex;
  const [receipt, tx, minedNonce] = await Promise.all([
    client.getTransactionReceipt({ hash }).catch(absent),
    client.getTransaction({ hash }).catch(absent),
    client.getTransactionCount({ address: entry.from as Address, blockTag: 'latest' }),
  ]);
  return {
    receipt: receipt ? { status: receipt.status, blockNumber: Number(receipt.blockNumber) } : null,
    txKnown: tx !== null,
    minedNonce,
    now,
  };
}
