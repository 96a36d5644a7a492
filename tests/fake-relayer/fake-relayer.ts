import {
  type Address,
  decodeFunctionData,
  type Hex,
  isAddressEqual,
  keccak256,
  recoverMessageAddress,
  recoverTypedDataAddress,
  toHex,
} from 'viem';
import { conditionalTokensAbi, pusdAbi } from '../../lib/adapters/chain/ctf-calls';
import {
  DEPOSIT_WALLET_TYPES,
  proxyFactoryAbi,
  proxyRequestHash,
  safeTxDigest,
} from '../../lib/adapters/chain/relayer-signing';
import { proxyWalletOf, safeWalletOf } from '../../lib/adapters/wallet-doctor/account-addresses';
import { CTF_CONTRACTS, RELAYER_CONTRACTS } from '../../lib/core/ctf/ctf-contracts';
import { Revert } from '../fake-polygon/ctf-ledger';
import type { CtfChain } from '../fake-polygon/ctf-rpc-stub';

/**
 * Polymarket's relayer as the fake sees it (polymarket-ctf.md §6, §7): Relayer API key headers,
 * GET /v1/account/transactions/params (wallet nonce, relay address), POST /submit verifying the
 * signature of each kind (PROXY rlx hash, SAFE SafeTx digest with v+4, WALLET EIP-712 Batch) and the
 * allow list, answering `{transactionID, state: "STATE_NEW"}` with no hash; the transaction executes on
 * the fake chain after `pollsBeforeConfirm` polls (STATE_CONFIRMED with its hash, or STATE_FAILED with
 * the revert reason). Faults: refuse, busy ("wallet has in-flight action"), fail.
 */
export const RELAY_ADDRESS: Address = '0x7C6e5a58bd5aD9B81D27A7E2D6e43f3E9c0c9b4f';
const ALLOWED_TARGETS = [CTF_CONTRACTS.ctfCollateralAdapter, CTF_CONTRACTS.negRiskCtfCollateralAdapter];

export interface RelayerFaults {
  /** Refuse the next submit as not allowed. */
  refuseNext: boolean;
  /** Answer the next N submits "wallet has in-flight action". */
  busyNext: number;
  /** Let the next submitted transaction end STATE_FAILED without executing. */
  failNext: boolean;
  /** Answer the next N requests 503 (relayer down). */
  downNext: number;
}

interface RelayTx {
  id: string;
  wallet: Address;
  state: string;
  hash: string | null;
  errorMsg: string | null;
  polls: number;
  fail: boolean;
  run: () => void;
}

export type RelayBody = Record<string, unknown> & {
  type: string;
  from: Address;
  nonce: string;
  signature: Hex;
};
type Answer = { status: number; body: unknown };
const bad = (error: string, status = 400): Answer => ({ status, body: { error } });

export class FakeRelayer {
  readonly faults: RelayerFaults = { refuseNext: false, busyNext: 0, failNext: false, downNext: 0 };
  readonly depositWallets = new Map<string, Address>();
  readonly nonces = new Map<string, number>();
  readonly txs = new Map<string, RelayTx>();
  /** Every submit the relayer accepted, in order. */
  readonly accepted: RelayBody[] = [];
  pollsBeforeConfirm = 2;
  #seq = 0;

  constructor(
    readonly chain: CtfChain,
    readonly auth: { apiKey: string; address: string },
  ) {}

  walletOf(signer: Address, type: string): Address | null {
    if (type === 'PROXY') return proxyWalletOf(signer);
    if (type === 'SAFE') return safeWalletOf(signer);
    return this.depositWallets.get(signer.toLowerCase()) ?? null;
  }
  nonceOf(wallet: string): number {
    return this.nonces.get(wallet.toLowerCase()) ?? 0;
  }

  #allowed(target: Address, data: Hex): string | null {
    const ok = (a: Address) => ALLOWED_TARGETS.some((t) => isAddressEqual(t, a));
    if (ok(target)) return null;
    if (isAddressEqual(target, CTF_CONTRACTS.pusd)) {
      const call = decodeFunctionData({ abi: pusdAbi, data });
      if (call.functionName === 'approve' && ok(call.args[0])) return null;
    }
    if (isAddressEqual(target, CTF_CONTRACTS.conditionalTokens)) {
      const call = decodeFunctionData({ abi: conditionalTokensAbi, data });
      if (call.functionName === 'setApprovalForAll' && ok(call.args[0])) return null;
    }
    return `call to ${target} is not in the allowed list`;
  }

  /** Check the signature and the calls; returns the wallet, its calls and who executes them, or an error. */
  async #verify(
    b: RelayBody,
  ): Promise<{ wallet: Address; calls: { to: Address; data: Hex }[]; exec: () => void } | string> {
    const ledger = this.chain.ledger;
    if (b.type === 'PROXY') {
      const p = b.signatureParams as Record<string, string>;
      const hash = proxyRequestHash({
        from: b.from,
        to: b.to as Address,
        data: b.data as Hex,
        relayerFee: BigInt(p.relayerFee ?? '0'),
        gasPrice: BigInt(p.gasPrice ?? '0'),
        gasLimit: BigInt(p.gasLimit ?? '0'),
        nonce: BigInt(b.nonce),
        relayHub: p.relayHub as Address,
        relay: p.relay as Address,
      });
      const signer = await recoverMessageAddress({ message: { raw: hash }, signature: b.signature });
      if (!isAddressEqual(signer, b.from)) return 'invalid signature';
      if (!isAddressEqual(b.to as Address, RELAYER_CONTRACTS.proxyFactory)) return 'invalid proxy factory';
      const wallet = proxyWalletOf(b.from);
      if (!isAddressEqual(b.proxyWallet as Address, wallet)) return 'proxy wallet does not belong to signer';
      const call = decodeFunctionData({ abi: proxyFactoryAbi, data: b.data as Hex });
      const calls = call.args[0].map((c) => ({ to: c.to, data: c.data }));
      return { wallet, calls, exec: () => ledger.execute(b.from, b.to as Address, b.data as Hex) };
    }
    if (b.type === 'SAFE') {
      const wallet = safeWalletOf(b.from);
      if (!isAddressEqual(b.proxyWallet as Address, wallet)) return 'safe does not belong to signer';
      const call = { to: b.to as Address, data: b.data as Hex };
      const digest = safeTxDigest(wallet, call, BigInt(b.nonce));
      const v = Number.parseInt(b.signature.slice(130, 132), 16);
      if (v !== 31 && v !== 32) return 'invalid safe signature';
      const eth = `${b.signature.slice(0, 130)}${(v - 4).toString(16)}` as Hex;
      const signer = await recoverMessageAddress({ message: { raw: digest }, signature: eth });
      if (!isAddressEqual(signer, b.from)) return 'invalid signature';
      return { wallet, calls: [call], exec: () => ledger.execute(wallet, call.to, call.data) };
    }
    if (b.type === 'WALLET') {
      const params = b.depositWalletParams as {
        calls: { target: Address; value: string; data: Hex }[];
        deadline: string;
        depositWallet: Address;
      };
      const wallet = this.walletOf(b.from, 'WALLET');
      if (!wallet || !isAddressEqual(wallet, params.depositWallet))
        return 'deposit wallet does not belong to signer';
      if (Number(params.deadline) * 1000 < Date.now()) return 'batch deadline expired';
      const signer = await recoverTypedDataAddress({
        domain: { name: 'DepositWallet', version: '1', chainId: 137, verifyingContract: wallet },
        types: DEPOSIT_WALLET_TYPES,
        primaryType: 'Batch',
        message: {
          wallet,
          nonce: BigInt(b.nonce),
          deadline: BigInt(params.deadline),
          calls: params.calls.map((c) => ({ target: c.target, value: BigInt(c.value), data: c.data })),
        },
        signature: b.signature,
      });
      if (!isAddressEqual(signer, b.from)) return 'invalid signature';
      const calls = params.calls.map((c) => ({ to: c.target, data: c.data }));
      return {
        wallet,
        calls,
        exec: () => {
          for (const c of calls) ledger.execute(wallet, c.to, c.data);
        },
      };
    }
    return `unknown transaction type ${b.type}`;
  }

  async submit(b: RelayBody): Promise<Answer> {
    const checked = await this.#verify(b);
    if (typeof checked === 'string') return bad(checked);
    for (const c of checked.calls) {
      const refusal = this.#allowed(c.to, c.data);
      if (refusal) return bad(refusal);
    }
    if (this.faults.refuseNext) {
      this.faults.refuseNext = false;
      return bad(`call to ${checked.calls[0]?.to} is not in the allowed list`);
    }
    const inFlight = [...this.txs.values()].some(
      (t) => isAddressEqual(t.wallet, checked.wallet) && t.state === 'STATE_NEW',
    );
    if (inFlight || this.faults.busyNext > 0) {
      this.faults.busyNext = Math.max(0, this.faults.busyNext - 1);
      return bad('wallet has in-flight action');
    }
    const expected = this.nonceOf(checked.wallet);
    if (Number(b.nonce) !== expected)
      return bad(`batch nonce ${b.nonce} does not match on-chain nonce ${expected}`);
    this.#seq += 1;
    const id = `0190${this.#seq.toString(16).padStart(8, '0')}-fake-relay`;
    const fail = this.faults.failNext;
    this.faults.failNext = false;
    this.txs.set(id, {
      id,
      wallet: checked.wallet,
      state: 'STATE_NEW',
      hash: null,
      errorMsg: null,
      polls: 0,
      fail,
      run: checked.exec,
    });
    this.accepted.push(b);
    return { status: 200, body: { transactionID: id, state: 'STATE_NEW' } };
  }

  /** One poll of a transaction: after enough polls it executes on the fake chain. */
  poll(id: string): Answer {
    const tx = this.txs.get(id);
    if (!tx) return bad('transaction not found', 404);
    tx.polls += 1;
    if (tx.state === 'STATE_NEW' && tx.polls >= this.pollsBeforeConfirm) this.#execute(tx);
    return {
      status: 200,
      body: [
        {
          transactionID: tx.id,
          state: tx.state,
          transactionHash: tx.hash ?? undefined,
          errorMsg: tx.errorMsg ?? undefined,
        },
      ],
    };
  }

  #execute(tx: RelayTx): void {
    this.nonces.set(tx.wallet.toLowerCase(), this.nonceOf(tx.wallet) + 1);
    if (tx.fail) {
      tx.state = 'STATE_FAILED';
      tx.errorMsg = 'transaction failed on chain';
      return;
    }
    try {
      tx.run();
      tx.state = 'STATE_CONFIRMED';
      tx.hash = keccak256(toHex(tx.id));
    } catch (error) {
      if (!(error instanceof Revert)) throw error;
      tx.state = 'STATE_FAILED';
      tx.errorMsg = `execution reverted: ${error.reason}`;
    }
  }

  async answer(
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
    body: string,
  ) {
    if (this.faults.downNext > 0) {
      this.faults.downNext -= 1;
      return bad('service unavailable', 503);
    }
    if (headers.relayer_api_key !== this.auth.apiKey || headers.relayer_api_key_address !== this.auth.address)
      return bad('invalid relayer api key', 401);
    if (method === 'GET' && url.pathname === '/v1/account/transactions/params') {
      const signer = url.searchParams.get('address') as Address;
      const type = url.searchParams.get('type') ?? '';
      const wallet = this.walletOf(signer, type);
      if (!wallet) return bad('wallet not found', 404);
      const relay = type === 'PROXY' ? { address: RELAY_ADDRESS } : {};
      return { status: 200, body: { ...relay, nonce: String(this.nonceOf(wallet)) } };
    }
    if (method === 'POST' && url.pathname === '/submit') return this.submit(JSON.parse(body) as RelayBody);
    const tx = /^\/v1\/account\/transactions\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && tx?.[1]) return this.poll(decodeURIComponent(tx[1]));
    return bad('not found', 404);
  }
}
