import type { Account, Chain, Hex, PublicClient, Transport, WalletClient } from 'viem';
import { keccak256 } from 'viem';
import {
  type ChainIntent,
  type IntentStore,
  markRefused,
  markSent,
  markSigned,
} from '../../core/ctf/chain-intent';
import {
  type ReconcileAction,
  type ReconcilePolicy,
  reconcileIntent,
} from '../../core/ctf/chain-intent-reconcile';
import { observeIntent } from './chain-intent-observer';

/**
 * Sends a journalled call from an EOA (signature type 0) — the write-intent-first discipline:
 * the caller has saved the intent; we sign, SAVE the signed bytes, then broadcast and save again.
 * A crash anywhere leaves an entry that resumeIntent can finish without a second transaction.
 * Proxy / Safe / deposit-wallet accounts go through Polymarket's relayer instead (not built yet).
 */
export type { IntentStore } from '../../core/ctf/chain-intent';

export interface SenderDeps {
  wallet: WalletClient<Transport, Chain, Account>;
  client: PublicClient;
  store: IntentStore;
  now: () => number;
}

const alreadyKnown = (error: unknown) => /already known/i.test(String(error));

async function broadcast(deps: SenderDeps, entry: ChainIntent): Promise<ChainIntent> {
  try {
    await deps.client.sendRawTransaction({ serializedTransaction: entry.rawTx as Hex });
  } catch (error) {
    if (!alreadyKnown(error)) return entry; // stays signed: resumeIntent rebroadcasts the same bytes
  }
  const sent = markSent(entry, deps.now());
  await deps.store.save(sent);
  return sent;
}

/** Sign and send an intent that has never been signed; returns the saved entry (signed, sent or refused). */
export async function sendIntent(deps: SenderDeps, entry: ChainIntent): Promise<ChainIntent> {
  if (entry.status !== 'intent' || entry.call === null) throw new Error(`intent ${entry.id} is not sendable`);
  let request: Awaited<ReturnType<typeof deps.wallet.prepareTransactionRequest>>;
  try {
    request = await deps.wallet.prepareTransactionRequest({
      to: entry.call.to as Hex,
      data: entry.call.data as Hex,
      value: 0n,
    });
  } catch (error) {
    // Only the contract's refusal is final; a network failure leaves the intent to be resumed.
    const reverted = /execution reverted:?\s*([^\n]*)/.exec(String(error));
    if (!reverted) throw error;
    const refused = markRefused(entry, reverted[1]?.trim() || 'execution reverted');
    await deps.store.save(refused);
    return refused;
  }
  const rawTx = await deps.wallet.signTransaction(request);
  const signed = markSigned(entry, { nonce: request.nonce, hash: keccak256(rawTx), rawTx, at: deps.now() });
  await deps.store.save(signed);
  return broadcast(deps, signed);
}

/** After a restart (or on a poll): reconcile with the chain, act, save. Returns the action taken. */
export async function resumeIntent(
  deps: SenderDeps,
  entry: ChainIntent,
  policy?: ReconcilePolicy,
): Promise<{ entry: ChainIntent; action: ReconcileAction }> {
  if (entry.status === 'intent')
    return { entry: await sendIntent(deps, entry), action: { kind: 'sign-and-send' } };
  const observation = entry.hash ? await observeIntent(deps.client, entry, deps.now()) : null;
  const { entry: next, action } = reconcileIntent(entry, observation, policy);
  if (next !== entry) await deps.store.save(next);
  if (action.kind === 'broadcast') return { entry: await broadcast(deps, next), action };
  return { entry: next, action };
}
