import {
  type Account,
  type Address,
  type Chain,
  getAddress,
  type Hex,
  type LocalAccount,
  type PublicClient,
  type Transport,
  type WalletClient,
} from 'viem';
import type { CtfOperations, CtfOpKind, CtfOutcome, CtfRequest } from '../../app/ports/ctf-port';
import { type ChainIntent, createIntent, isTerminal, openIntentBlocking } from '../../core/ctf/chain-intent';
import { preflightCtf } from '../../core/ctf/ctf-preflight';
import { earlierOperation } from '../../core/ctf/earlier-operation';
import type { GasPayment } from '../../core/ctf/gas-cost';
import type { Payouts } from '../../core/ctf/redeem-payout';
import { balancesShowDone } from '../../core/ctf/relayed-intent';
import { type Market, supportedProtocol } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import { mergeCall, redeemCall, splitCall } from './ctf-calls';
import { tokenIdsMatchCondition } from './ctf-ids';
import { readCtfMarketState, readGasPaid, readPayouts } from './ctf-reads';
import { resumeIntent, sendIntent } from './ctf-sender';
import type { RelayerClient, RelayType } from './relayer-client';
import { resumeRelayed, sendRelayed } from './relayer-sender';

/**
 * The live CtfOperations: split, merge and redeem through the pUSD collateral adapters, each written as
 * a chain intent BEFORE it is sent. An EOA (type 0) signs and sends itself and pays POL; proxy (1),
 * Safe (2) and deposit-wallet (3) accounts go through Polymarket's relayer. An operation is "done" only
 * when the balances moved as it should (a redeem that burned nothing is refused, polymarket-ctf.md §7).
 * reconcile() settles what a restart left open and reports outcomes the caller never received.
 */
export interface LiveCtfDeps {
  client: PublicClient;
  account: LocalAccount;
  signatureType: 0 | 1 | 2 | 3;
  /** The proxy / Safe / deposit wallet holding the funds (types 1–3); ignored for an EOA. */
  wallet: Address | null;
  journal: { list(): Promise<ChainIntent[]>; save(entry: ChainIntent): Promise<void> };
  /** Type 0: the wallet client that signs transactions. */
  eoa?: WalletClient<Transport, Chain, Account>;
  /** Types 1–3: the relayer. */
  relayer?: RelayerClient;
  now: () => number;
  newId: () => string;
  /** pUSD micros per POL, to price an EOA's gas. */
  polPriceMicros: Micros;
  /** How long an operation is watched before it is left `pending` to reconcile(). */
  wait?: { pollMs: number; polls: number };
  sleep?: (ms: number) => Promise<void>;
}

const RELAY_TYPES: Record<1 | 2 | 3, RelayType> = { 1: 'PROXY', 2: 'SAFE', 3: 'WALLET' };
/** Gas units budgeted per adapter call (no published snapshot for them, §10: set above the CTF's). */
const GAS_UNITS: Record<CtfOpKind, number> = { split: 260_000, merge: 230_000, redeem: 230_000 };

const refused = (code: string, message: string, intentId: string | null = null): CtfOutcome => ({
  status: 'refused',
  intentId,
  code,
  message,
});

export class LiveCtfOperations implements CtfOperations {
  readonly mode = 'live' as const;
  readonly holder: Address;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: LiveCtfDeps) {
    if (deps.signatureType === 0) {
      if (!deps.eoa) throw new Error('an EOA account needs its wallet client');
      this.holder = deps.account.address;
    } else {
      if (!deps.relayer || !deps.wallet)
        throw new Error('a relayer account needs the relayer and its wallet');
      this.holder = getAddress(deps.wallet);
    }
  }

  #exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#queue.catch(() => undefined).then(run);
    this.#queue = next;
    return next;
  }

  async #balances(entry: ChainIntent) {
    const s = await readCtfMarketState(this.deps.client, this.holder, {
      conditionId: entry.conditionId as Hex,
      negRisk: entry.context?.negRisk ?? false,
    });
    return { collateral: s.pusd, yes: s.yes, no: s.no };
  }

  #route(entry: ChainIntent) {
    const d = this.deps;
    if (entry.relayerTxId !== undefined || (entry.status === 'intent' && d.signatureType !== 0)) {
      if (!d.relayer || d.signatureType === 0) return null;
      const relay = {
        relayer: d.relayer,
        account: d.account,
        type: RELAY_TYPES[d.signatureType],
        wallet: this.holder,
        client: d.client,
        store: d.journal,
        now: d.now,
        balances: (e: ChainIntent) => this.#balances(e),
      };
      return {
        send: (e: ChainIntent) => sendRelayed(relay, e),
        advance: async (e: ChainIntent) => (await resumeRelayed(relay, e)).entry,
      };
    }
    if (!d.eoa) return null;
    const eoa = { wallet: d.eoa, client: d.client, store: d.journal, now: d.now };
    return {
      send: (e: ChainIntent) => sendIntent(eoa, e),
      advance: async (e: ChainIntent) => (await resumeIntent(eoa, e)).entry,
    };
  }

  async gas(op: CtfOpKind): Promise<GasPayment> {
    if (this.deps.signatureType !== 0) return { kind: 'relayer' };
    const gasPriceWei = await this.deps.client.getGasPrice();
    return { kind: 'eoa', gasUnits: GAS_UNITS[op], gasPriceWei, polPriceMicros: this.deps.polPriceMicros };
  }

  split(request: CtfRequest): Promise<CtfOutcome> {
    return this.#exclusive(() => this.#run('split', request));
  }
  merge(request: CtfRequest): Promise<CtfOutcome> {
    return this.#exclusive(() => this.#run('merge', request));
  }
  redeem(request: CtfRequest): Promise<CtfOutcome> {
    return this.#exclusive(() => this.#run('redeem', request));
  }

  payouts(market: Market): Promise<Payouts | null> {
    return readPayouts(this.deps.client, market.conditionId as Hex);
  }

  async #run(op: CtfOpKind, { market, amount, positionId }: CtfRequest): Promise<CtfOutcome> {
    if (!supportedProtocol(market))
      return refused(
        'ctf_v2_unsupported',
        'Markets of Polymarket’s newer protocol (v2) are not split, merged or redeemed here yet.',
      );
    const conditionId = market.conditionId as Hex;
    if (
      !/^0x[0-9a-fA-F]{64}$/.test(conditionId) ||
      !tokenIdsMatchCondition(conditionId, market.negRisk, [market.yes.tokenId, market.no.tokenId])
    )
      return refused(
        'ctf_token_mismatch',
        'The market’s token ids are not the conditional tokens of its condition: nothing sent.',
      );
    const journalled = await this.deps.journal.list();
    const earlier = earlierOperation(journalled, this.holder, positionId, op);
    const answer = earlier ? await this.#again(earlier) : null;
    if (answer) return answer;
    // Read again only when #again gave up an unsent intent (it saved it as reverted).
    const entries = earlier ? await this.deps.journal.list() : journalled;
    const blocking = openIntentBlocking(entries, this.holder, conditionId);
    if (blocking)
      return refused(
        'ctf_busy',
        `An earlier ${blocking.op} on this market is still waiting for the chain.`,
        blocking.id,
      );
    const state = await readCtfMarketState(this.deps.client, this.holder, {
      conditionId,
      negRisk: market.negRisk,
    });
    const refusal = preflightCtf(op, amount, state, market.negRisk);
    if (refusal) return refused(refusal.code, refusal.message);
    const ref = { conditionId, negRisk: market.negRisk };
    const call =
      op === 'split' ? splitCall(ref, amount) : op === 'merge' ? mergeCall(ref, amount) : redeemCall(ref);
    const entry = createIntent({
      id: this.deps.newId(),
      op,
      conditionId,
      amount: op === 'redeem' ? 0 : amount,
      from: this.holder,
      at: this.deps.now(),
      call: { to: call.to, data: call.data },
      context: {
        positionId,
        negRisk: market.negRisk,
        before: { collateral: state.pusd, yes: state.yes, no: state.no },
      },
    });
    await this.deps.journal.save(entry);
    const route = this.#route(entry);
    if (!route) throw new Error('no way to send for this account kind');
    let sent: ChainIntent;
    try {
      sent = await route.send(entry);
    } catch (error) {
      // Failed before anything was signed (RPC or relayer unreachable): give the intent up so the
      // market is not blocked; anything further along stays for reconcile().
      const saved = (await this.deps.journal.list()).find((e) => e.id === entry.id);
      if (saved?.status === 'intent')
        await this.deps.journal.save({
          ...saved,
          status: 'reverted',
          revertReason: `not sent: ${String(error).slice(0, 160)}`,
          reportedAt: this.deps.now(),
        });
      throw error;
    }
    return this.#settle(await this.#watch(sent, route.advance));
  }

  /** Asked again for a journalled operation (port idempotency): its outcome, never a second one. */
  async #again(entry: ChainIntent): Promise<CtfOutcome | null> {
    if (entry.status === 'intent') {
      const why = 'it was never sent before the extension restarted';
      await this.deps.journal.save({ ...entry, status: 'reverted', revertReason: why });
      return null; // nothing reached the chain: decide and send afresh
    }
    const done = entry.context?.done;
    if (entry.status === 'mined' && done)
      return { status: 'done', intentId: entry.id, txHash: entry.hash, delta: done };
    const route = isTerminal(entry) ? null : this.#route(entry);
    return this.#settle(route ? await route.advance(entry) : entry);
  }

  async #watch(entry: ChainIntent, advance: (e: ChainIntent) => Promise<ChainIntent>): Promise<ChainIntent> {
    const { pollMs, polls } = this.deps.wait ?? { pollMs: 2_000, polls: 60 };
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let e = entry;
    for (let i = 0; i < polls && !isTerminal(e); i += 1) {
      await sleep(pollMs);
      e = await advance(e);
    }
    return e;
  }

  /** The outcome of an entry; a final one is marked reported so reconcile() does not report it again. */
  async #settle(entry: ChainIntent): Promise<CtfOutcome> {
    if (!isTerminal(entry)) return { status: 'pending', intentId: entry.id };
    await this.deps.journal.save({ ...entry, reportedAt: this.deps.now() });
    if (entry.status !== 'mined') {
      const why = entry.revertReason ?? 'its transaction was replaced before it was mined';
      const code = entry.status === 'dropped' ? 'ctf_dropped' : 'ctf_reverted';
      return refused(code, `The ${entry.op} did not happen: ${why}.`, entry.id);
    }
    const before = entry.context?.before ?? { collateral: 0, yes: 0, no: 0 };
    const after = await this.#balances(entry);
    if (!balancesShowDone(entry.op, entry.amount, before, after))
      return refused(
        'ctf_unverified',
        `The ${entry.op} transaction went through but the shares did not move as it should: nothing is recorded.`,
        entry.id,
      );
    const delta = {
      collateral: after.collateral - before.collateral,
      yesShares: after.yes - before.yes,
      noShares: after.no - before.no,
      gasPaid: await readGasPaid(this.deps.client, entry, this.deps.polPriceMicros),
    };
    if (entry.context)
      await this.deps.journal.save({
        ...entry,
        reportedAt: this.deps.now(),
        context: { ...entry.context, done: delta },
      });
    return { status: 'done', intentId: entry.id, txHash: entry.hash, delta };
  }

  /** Finish what a restart left open (never a second transaction) and report outcomes not yet reported. */
  reconcile(): Promise<{ positionId: string; op: CtfOpKind; outcome: CtfOutcome }[]> {
    return this.#exclusive(async () => {
      const results: { positionId: string; op: CtfOpKind; outcome: CtfOutcome }[] = [];
      for (const entry of await this.deps.journal.list()) {
        const op = entry.op;
        if (op !== 'split' && op !== 'merge' && op !== 'redeem') continue;
        if (!entry.context || entry.reportedAt || entry.from.toLowerCase() !== this.holder.toLowerCase())
          continue;
        let e = entry;
        if (e.status === 'intent') {
          // Never signed before the restart: nothing of it reached the chain. Give it up rather than
          // send a stale decision; the caller decides afresh.
          e = { ...e, status: 'reverted', revertReason: 'it was never sent before the extension restarted' };
          await this.deps.journal.save(e);
        } else if (!isTerminal(e)) {
          const route = this.#route(e);
          if (!route) continue;
          e = await route.advance(e);
        }
        const outcome = await this.#settle(e);
        results.push({ positionId: entry.context.positionId, op, outcome });
      }
      return results;
    });
  }
}
