import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Hex,
  keccak256,
  parseTransaction,
  recoverTransactionAddress,
  type TransactionSerialized,
} from 'viem';
import { CtfLedger, Revert } from './ctf-ledger';

/**
 * A Polygon JSON-RPC fake that mines split / merge / redeem (see ctf-ledger.ts): signed raw
 * transactions decoded with viem, a nonce per sender ("nonce too low" as geth says it), receipts with
 * status, reverted transactions still mined (status 0x0, nonce used), estimateGas / eth_call reverting
 * with the contract's reason, and faults: drop the next transaction (accepted, then lost), or hold
 * transactions pending until mine() is called.
 */
interface MinedTx {
  hash: Hex;
  from: string;
  to: string;
  nonce: number;
  input: Hex;
  blockNumber: number;
  status: 'success' | 'reverted';
  revertReason: string | null;
  raw: Hex;
}

export interface CtfChainFaults {
  /** Accept the next raw transaction, then lose it (never mined, nonce left free). */
  dropNext: boolean;
  /** Keep transactions pending until mine() is called. */
  holdPending: boolean;
}

const hex = (n: bigint | number) => `0x${n.toString(16)}`;
const GAS_USED = 180_000;

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: Hex,
  ) {
    super(message);
  }
}

export class CtfChain {
  readonly ledger = new CtfLedger();
  readonly faults: CtfChainFaults = { dropNext: false, holdPending: false };
  readonly nonces = new Map<string, number>();
  readonly mined = new Map<string, MinedTx>();
  readonly pending = new Map<string, Omit<MinedTx, 'blockNumber' | 'status' | 'revertReason'>>();
  /** Every raw transaction accepted, in order (dropped ones included). */
  readonly received: Hex[] = [];
  block = 0x100;

  nonceOf(address: string): number {
    return this.nonces.get(address.toLowerCase()) ?? 0;
  }

  async sendRaw(raw: Hex): Promise<Hex> {
    const tx = parseTransaction(raw as TransactionSerialized);
    const from = (
      await recoverTransactionAddress({ serializedTransaction: raw as TransactionSerialized })
    ).toLowerCase();
    const hash = keccak256(raw);
    if (this.mined.has(hash) || this.pending.has(hash)) throw new RpcError(-32000, 'already known');
    const expected = this.nonceOf(from) + [...this.pending.values()].filter((p) => p.from === from).length;
    if ((tx.nonce ?? 0) < this.nonceOf(from)) throw new RpcError(-32000, 'nonce too low');
    if ((tx.nonce ?? 0) !== expected) throw new RpcError(-32000, 'nonce too high');
    this.received.push(raw);
    if (this.faults.dropNext) {
      this.faults.dropNext = false;
      return hash;
    }
    this.pending.set(hash, {
      hash,
      from,
      to: String(tx.to),
      nonce: tx.nonce ?? 0,
      input: tx.data ?? '0x',
      raw,
    });
    if (!this.faults.holdPending) this.mine();
    return hash;
  }

  /** Mine every pending transaction, one block each, in nonce order. */
  mine(): void {
    const queue = [...this.pending.values()].sort((a, b) => a.nonce - b.nonce);
    for (const tx of queue) {
      this.pending.delete(tx.hash);
      this.block += 1;
      let status: MinedTx['status'] = 'success';
      let revertReason: string | null = null;
      try {
        this.ledger.execute(tx.from, tx.to, tx.input);
      } catch (error) {
        if (!(error instanceof Revert)) throw error;
        status = 'reverted';
        revertReason = error.reason;
      }
      this.nonces.set(tx.from, tx.nonce + 1);
      this.mined.set(tx.hash, { ...tx, blockNumber: this.block, status, revertReason });
    }
  }

  /** eth_call / eth_estimateGas: run the call against the ledger without keeping its effects. */
  private simulate(call: { from?: string; to: string; data?: Hex; input?: Hex }): void {
    const data = call.data ?? call.input ?? '0x';
    const snapshot = structuredClone({
      pusd: this.ledger.pusd,
      allowance: this.ledger.allowance,
      positions: this.ledger.positions,
      operators: this.ledger.operators,
    });
    try {
      this.ledger.execute(call.from ?? `0x${'00'.repeat(20)}`, call.to, data);
    } catch (error) {
      if (error instanceof Revert) throw new RpcError(3, `execution reverted: ${error.reason}`, error.data);
      throw error;
    } finally {
      for (const name of ['pusd', 'allowance', 'positions'] as const) {
        this.ledger[name].clear();
        for (const [k, v] of snapshot[name]) this.ledger[name].set(k, v);
      }
      this.ledger.operators.clear();
      for (const k of snapshot.operators) this.ledger.operators.add(k);
    }
  }

  private txView(hash: string) {
    const m = this.mined.get(hash);
    const p = m ?? this.pending.get(hash);
    if (!p) return null;
    const tx = parseTransaction(p.raw as TransactionSerialized);
    return {
      hash: p.hash,
      nonce: hex(p.nonce),
      blockHash: m ? `0x${m.blockNumber.toString(16).padStart(64, '0')}` : null,
      blockNumber: m ? hex(m.blockNumber) : null,
      transactionIndex: m ? '0x0' : null,
      from: p.from,
      to: p.to,
      value: hex(tx.value ?? 0n),
      gas: hex(tx.gas ?? 0n),
      maxFeePerGas: hex(tx.maxFeePerGas ?? 0n),
      maxPriorityFeePerGas: hex(tx.maxPriorityFeePerGas ?? 0n),
      gasPrice: hex(tx.maxFeePerGas ?? tx.gasPrice ?? 0n),
      input: p.input,
      type: '0x2',
      chainId: '0x89',
      v: hex(tx.v ?? 0n),
      yParity: hex(tx.yParity ?? 0),
      r: tx.r ?? '0x0',
      s: tx.s ?? '0x0',
      accessList: [],
    };
  }

  private receipt(hash: string) {
    const m = this.mined.get(hash);
    if (!m) return null;
    return {
      transactionHash: m.hash,
      transactionIndex: '0x0',
      blockHash: `0x${m.blockNumber.toString(16).padStart(64, '0')}`,
      blockNumber: hex(m.blockNumber),
      from: m.from,
      to: m.to,
      cumulativeGasUsed: hex(GAS_USED),
      gasUsed: hex(GAS_USED),
      effectiveGasPrice: hex(50_000_000_000n),
      contractAddress: null,
      logs: [],
      logsBloom: `0x${'00'.repeat(256)}`,
      status: m.status === 'success' ? '0x1' : '0x0',
      type: '0x2',
    };
  }

  async answer(method: string, params: unknown[]): Promise<unknown> {
    switch (method) {
      case 'eth_chainId':
        return '0x89';
      case 'eth_blockNumber':
        return hex(this.block);
      case 'eth_gasPrice':
        return hex(50_000_000_000n);
      case 'eth_maxPriorityFeePerGas':
        return hex(30_000_000_000n);
      case 'eth_getBlockByNumber':
        return {
          number: hex(this.block),
          hash: `0x${this.block.toString(16).padStart(64, '0')}`,
          parentHash: `0x${'cd'.repeat(32)}`,
          timestamp: hex(1_790_000_000 + this.block),
          baseFeePerGas: hex(30_000_000_000n),
          gasLimit: hex(30_000_000),
          gasUsed: '0x0',
          transactions: [],
        };
      case 'eth_getTransactionCount': {
        const [address, tag] = params as [string, string];
        const pending =
          tag === 'pending' ? [...this.pending.values()].filter((p) => p.from === address.toLowerCase()) : [];
        return hex(this.nonceOf(address) + pending.length);
      }
      case 'eth_estimateGas':
        this.simulate(params[0] as { from?: string; to: string; data?: Hex });
        return hex(GAS_USED);
      case 'eth_call': {
        const call = params[0] as { from?: string; to: string; data?: Hex; input?: Hex };
        const data = call.data ?? call.input ?? '0x';
        try {
          return this.ledger.read(call.to, data);
        } catch {
          this.simulate(call);
          return '0x';
        }
      }
      case 'eth_sendRawTransaction':
        return this.sendRaw(params[0] as Hex);
      case 'eth_getTransactionReceipt':
        return this.receipt(String(params[0]));
      case 'eth_getTransactionByHash':
        return this.txView(String(params[0]));
      default:
        throw new RpcError(-32601, `unsupported ${method}`);
    }
  }
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** Serve a CtfChain as JSON-RPC (POST /) on 127.0.0.1. */
export async function startCtfChainStub() {
  const chain = new CtfChain();
  const server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const rpc = JSON.parse(body) as { id: number; method: string; params?: unknown[] };
      let reply: unknown;
      try {
        reply = { jsonrpc: '2.0', id: rpc.id, result: await chain.answer(rpc.method, rpc.params ?? []) };
      } catch (error) {
        const e = error instanceof RpcError ? error : new RpcError(-32000, String(error));
        reply = { jsonrpc: '2.0', id: rpc.id, error: { code: e.code, message: e.message, data: e.data } };
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    chain,
    rpcUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
