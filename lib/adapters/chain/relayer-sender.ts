import type { Address, Hex, LocalAccount, PublicClient } from 'viem';
import type { ChainIntent, IntentBalances, IntentStore } from '../../core/ctf/chain-intent';
import { RELAYER_CONTRACTS } from '../../core/ctf/ctf-contracts';
import {
  balancesShowDone,
  markRelayRefused,
  markRelaySigned,
  markRelaySubmitted,
  type RelayAction,
  reconcileRelayed,
} from '../../core/ctf/relayed-intent';
import { type RelayerClient, RelayerError, type RelayType } from './relayer-client';
import { proxyCallData, signRelayRequest } from './relayer-signing';

/**
 * Sends a journalled call through Polymarket's relayer for a proxy, Safe or deposit-wallet account:
 * sign, SAVE the signed request, submit, SAVE the relayer's transaction id, then poll it. A crash at
 * any step leaves an entry resumeRelayed finishes without a second operation: an id is polled, a
 * signed request is submitted again (same wallet nonce), and when the wallet nonce has moved on the
 * balances decide. Refusals (allow list, auth) settle the entry as refused: nothing reached the chain.
 */
export interface RelaySenderDeps {
  relayer: RelayerClient;
  account: LocalAccount;
  type: RelayType;
  /** The proxy / Safe / deposit wallet that holds the funds. */
  wallet: Address;
  client: PublicClient;
  store: IntentStore;
  now: () => number;
  /** The holder's balances of the entry's market now (to settle a request whose fate is unknown). */
  balances: (entry: ChainIntent) => Promise<IntentBalances>;
}

async function sign(deps: RelaySenderDeps, entry: ChainIntent): Promise<{ nonce: string; request: string }> {
  if (entry.call === null) throw new Error(`intent ${entry.id} has no call`);
  const call = { to: entry.call.to as Address, data: entry.call.data as Hex };
  const params = await deps.relayer.params(deps.account.address, deps.type);
  let gasLimit: bigint | undefined;
  if (deps.type === 'PROXY') {
    gasLimit = await deps.client.estimateGas({
      account: deps.account.address,
      to: RELAYER_CONTRACTS.proxyFactory,
      data: proxyCallData(call),
    });
  }
  const request = await signRelayRequest({
    type: deps.type,
    account: deps.account,
    wallet: deps.wallet,
    call,
    nonce: params.nonce,
    ...(params.address ? { relay: params.address as Address } : {}),
    ...(gasLimit !== undefined ? { gasLimit } : {}),
    nowSeconds: Math.floor(deps.now() / 1000),
  });
  return { nonce: params.nonce, request };
}

async function submit(deps: RelaySenderDeps, entry: ChainIntent, request: string): Promise<ChainIntent> {
  try {
    const { transactionId } = await deps.relayer.submit(request);
    const sent = markRelaySubmitted(entry, { transactionId, at: deps.now() });
    await deps.store.save(sent);
    return sent;
  } catch (error) {
    if (!(error instanceof RelayerError)) throw error;
    // Busy, unreachable or a stale nonce: the request may still be executed (or resubmitted); keep it signed.
    if (error.kind === 'busy' || error.kind === 'unavailable' || error.kind === 'nonce') return entry;
    const refused = markRelayRefused(entry, error.message);
    await deps.store.save(refused);
    return refused;
  }
}

/** Sign and submit an intent never signed; returns the saved entry (signed, sent or refused). */
export async function sendRelayed(deps: RelaySenderDeps, entry: ChainIntent): Promise<ChainIntent> {
  if (entry.status !== 'intent') throw new Error(`intent ${entry.id} is not sendable`);
  let signed: ChainIntent;
  try {
    const { nonce, request } = await sign(deps, entry);
    signed = markRelaySigned(entry, { nonce, request, at: deps.now() });
  } catch (error) {
    // The relayer refused the params (auth…) or the call cannot be estimated: nothing was sent.
    const refusal = error instanceof RelayerError && (error.kind === 'refused' || error.kind === 'auth');
    const reverted = /execution reverted:?\s*([^\n]*)/.exec(String(error));
    if (!refusal && !reverted) throw error;
    const reason = refusal ? (error as RelayerError).message : reverted?.[1]?.trim() || 'execution reverted';
    const refused = markRelayRefused(entry, reason);
    await deps.store.save(refused);
    return refused;
  }
  await deps.store.save(signed);
  return submit(deps, signed, signed.rawTx as string);
}

/** After a restart or on a poll: ask the relayer (or the balances), act, save. */
export async function resumeRelayed(
  deps: RelaySenderDeps,
  entry: ChainIntent,
): Promise<{ entry: ChainIntent; action: RelayAction }> {
  if (entry.status === 'intent')
    return { entry: await sendRelayed(deps, entry), action: { kind: 'sign-and-submit' } };
  const relay =
    entry.status === 'sent' && entry.relayerTxId ? await deps.relayer.transaction(entry.relayerTxId) : null;
  const walletNonce =
    entry.status === 'signed' ? (await deps.relayer.params(deps.account.address, deps.type)).nonce : null;
  const { entry: next, action } = reconcileRelayed(entry, { relay, walletNonce });
  if (next !== entry) await deps.store.save(next);
  if (action.kind === 'resubmit') return { entry: await submit(deps, next, action.request), action };
  if (action.kind === 'check-balances') {
    const before = entry.context?.before;
    const done = before
      ? balancesShowDone(entry.op, entry.amount, before, await deps.balances(entry))
      : false;
    const settled: ChainIntent = done ? { ...entry, status: 'mined' } : { ...entry, status: 'dropped' };
    await deps.store.save(settled);
    return { entry: settled, action };
  }
  return { entry: next, action };
}
