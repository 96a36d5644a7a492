import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  decodeFunctionData,
  encodeFunctionResult,
  type Hex,
  keccak256,
  multicall3Abi,
  parseAbi,
  parseTransaction,
} from 'viem';
import { POLYGON_CONTRACTS } from '../../lib/core/model/polygon-contracts';

type Spender = 'exchange' | 'negRiskExchange' | 'negRiskAdapter';
type CtfSpender = 'ctfCollateralAdapter' | 'negRiskCtfCollateralAdapter';
const USDC_E = '0x2791bca1f2de4661ed88a30c99a7a9449aa84174';
const abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address,address) view returns (uint256)',
  'function isApprovedForAll(address owner,address operator) view returns (bool)',
  'function getEthBalance(address) view returns (uint256)',
  'function approve(address spender,uint256 amount) returns (bool)',
  'function setApprovalForAll(address operator,bool approved)',
]);

/** What the stub chain holds for the (single) funder it is asked about. */
export interface StubChainState {
  pusd: bigint;
  usdce: bigint;
  polWei: bigint;
  allowance: Record<Spender, bigint>;
  ctf: Record<Spender, boolean>;
  /** Raw transactions received (eth_sendRawTransaction), decoded. */
  sent: { to: string; functionName: string }[];
  /** pUSD of particular addresses (lower-case keys); every other address holds `pusd`. */
  pusdOf: Record<string, bigint>;
  /** Geoblock answer served at GET /geoblock. */
  geoblock: { blocked: boolean; country: string; region?: string };
  /** Split / merge / redeem approvals of the collateral adapters (granted unless a test says not). */
  ctfAdapters: { allowance: Record<CtfSpender, bigint>; ctf: Record<CtfSpender, boolean> };
}

const spenderOf = (address: unknown): Spender | null => {
  const a = String(address).toLowerCase();
  const found = (['exchange', 'negRiskExchange', 'negRiskAdapter'] as const).find(
    (s) => POLYGON_CONTRACTS[s].toLowerCase() === a,
  );
  return found ?? null;
};
const ctfSpenderOf = (address: unknown): CtfSpender | null => {
  const a = String(address).toLowerCase();
  const found = (['ctfCollateralAdapter', 'negRiskCtfCollateralAdapter'] as const).find(
    (s) => POLYGON_CONTRACTS[s].toLowerCase() === a,
  );
  return found ?? null;
};

function answerCall(state: StubChainState, to: string, data: Hex): Hex {
  const call = decodeFunctionData({ abi, data });
  const spender = spenderOf(call.args?.[1]);
  const adapter = ctfSpenderOf(call.args?.[1]);
  let result: bigint | boolean;
  if (call.functionName === 'balanceOf') {
    const owner = String(call.args?.[0]).toLowerCase();
    result = to.toLowerCase() === USDC_E ? state.usdce : (state.pusdOf[owner] ?? state.pusd);
  } else if (call.functionName === 'getEthBalance') result = state.polWei;
  else if (call.functionName === 'allowance')
    result = spender ? state.allowance[spender] : adapter ? state.ctfAdapters.allowance[adapter] : 0n;
  else if (call.functionName === 'isApprovedForAll')
    result = spender ? state.ctf[spender] : adapter ? state.ctfAdapters.ctf[adapter] : false;
  else throw new Error(`unexpected call ${call.functionName}`);
  return encodeFunctionResult({ abi, functionName: call.functionName, result } as never);
}

function ethCall(state: StubChainState, to: string, data: Hex): Hex {
  if (to.toLowerCase() !== POLYGON_CONTRACTS.multicall3.toLowerCase()) return answerCall(state, to, data);
  const { args } = decodeFunctionData({ abi: multicall3Abi, data });
  const calls = args[0] as readonly { target: string; callData: Hex }[];
  const inner = calls.map(({ target, callData }) => ({
    success: true,
    returnData: answerCall(state, target, callData),
  }));
  return encodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', result: inner });
}

function applyTransaction(state: StubChainState, raw: Hex): Hex {
  const tx = parseTransaction(raw);
  const call = decodeFunctionData({ abi, data: tx.data ?? '0x' });
  const spender = spenderOf(call.args?.[0]);
  const adapter = ctfSpenderOf(call.args?.[0]);
  if (adapter && call.functionName === 'approve')
    state.ctfAdapters.allowance[adapter] = call.args[1] as bigint;
  if (adapter && call.functionName === 'setApprovalForAll')
    state.ctfAdapters.ctf[adapter] = call.args[1] as boolean;
  if (spender && call.functionName === 'approve') state.allowance[spender] = call.args[1] as bigint;
  if (spender && call.functionName === 'setApprovalForAll') state.ctf[spender] = call.args[1] as boolean;
  state.sent.push({ to: String(tx.to), functionName: call.functionName });
  return keccak256(raw);
}

const hex = (n: bigint | number) => `0x${n.toString(16)}`;

function answer(state: StubChainState, method: string, params: unknown[]): unknown {
  switch (method) {
    case 'eth_chainId':
      return '0x89';
    case 'eth_call': {
      const { to, data } = params[0] as { to: string; data: Hex };
      return ethCall(state, to, data);
    }
    case 'eth_estimateGas':
      return hex(46_000);
    case 'eth_gasPrice':
      return hex(50_000_000_000n);
    case 'eth_maxPriorityFeePerGas':
      return hex(30_000_000_000n);
    case 'eth_getTransactionCount':
      return '0x0';
    case 'eth_blockNumber':
      return '0x100';
    case 'eth_getBlockByNumber':
      return {
        number: '0x100',
        hash: `0x${'ab'.repeat(32)}`,
        parentHash: `0x${'cd'.repeat(32)}`,
        timestamp: hex(Math.floor(Date.now() / 1000)),
        baseFeePerGas: hex(30_000_000_000n),
        gasLimit: hex(30_000_000),
        gasUsed: '0x0',
        transactions: [],
      };
    case 'eth_sendRawTransaction':
      return applyTransaction(state, params[0] as Hex);
    default:
      throw new Error(`unsupported ${method}`);
  }
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** A tiny Polygon JSON-RPC (POST /) and geoblock (GET /geoblock) stub on 127.0.0.1. */
export async function startPolygonStub(initial: Partial<StubChainState> = {}) {
  const state: StubChainState = {
    pusd: 250_000_000n,
    usdce: 0n,
    polWei: 10n ** 18n,
    allowance: {
      exchange: 2n ** 256n - 1n,
      negRiskExchange: 2n ** 256n - 1n,
      negRiskAdapter: 2n ** 256n - 1n,
    },
    ctf: { exchange: true, negRiskExchange: true, negRiskAdapter: true },
    sent: [],
    pusdOf: {},
    geoblock: { blocked: false, country: 'PT' },
    ctfAdapters: {
      allowance: { ctfCollateralAdapter: 2n ** 256n - 1n, negRiskCtfCollateralAdapter: 2n ** 256n - 1n },
      ctf: { ctfCollateralAdapter: true, negRiskCtfCollateralAdapter: true },
    },
    ...initial,
  };
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.method === 'GET' && req.url?.startsWith('/geoblock')) {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return void res.end(JSON.stringify(state.geoblock));
    }
    void readBody(req).then((body) => {
      const rpc = JSON.parse(body) as { id: number; method: string; params?: unknown[] };
      let reply: unknown;
      try {
        reply = { jsonrpc: '2.0', id: rpc.id, result: answer(state, rpc.method, rpc.params ?? []) };
      } catch (error) {
        reply = { jsonrpc: '2.0', id: rpc.id, error: { code: -32000, message: String(error) } };
      }
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    rpcUrl: `http://127.0.0.1:${port}/`,
    geoblockUrl: `http://127.0.0.1:${port}/geoblock`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
