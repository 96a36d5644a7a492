import {
  type Address,
  concat,
  encodeFunctionData,
  type Hex,
  hashTypedData,
  keccak256,
  type LocalAccount,
  numberToHex,
  parseAbi,
  toHex,
  zeroAddress,
} from 'viem';
import { RELAYER_CONTRACTS } from '../../core/ctf/ctf-contracts';
import type { RelayType } from './relayer-client';

/**
 * The signed requests Polymarket's relayer takes, per account kind (polymarket-ctf.md §6), signed
 * with viem by the account's own key:
 * - PROXY (type 1): the proxy factory's `proxy([(1, to, 0, data)])`, EIP-191 signature of
 *   keccak("rlx:" ‖ from ‖ to ‖ data ‖ relayerFee ‖ gasPrice ‖ gasLimit ‖ nonce ‖ relayHub ‖ relay).
 * - SAFE (type 2): EIP-191 signature of the Safe's EIP-712 SafeTx digest, v packed +4.
 * - WALLET (type 3): EIP-712 `Batch(wallet, nonce, deadline, Call[] calls)` of the deposit wallet.
 * One call per request (no MultiSend): each journalled operation is one call.
 */
export const proxyFactoryAbi = parseAbi([
  'struct ProxyCall { uint8 typeCode; address to; uint256 value; bytes data; }',
  'function proxy(ProxyCall[] calls) payable returns (bytes[] returnValues)',
]);

export const SAFE_TX_TYPES = {
  SafeTx: [
    { name: 'to', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'data', type: 'bytes' },
    { name: 'operation', type: 'uint8' },
    { name: 'safeTxGas', type: 'uint256' },
    { name: 'baseGas', type: 'uint256' },
    { name: 'gasPrice', type: 'uint256' },
    { name: 'gasToken', type: 'address' },
    { name: 'refundReceiver', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
} as const;

export const DEPOSIT_WALLET_TYPES = {
  Batch: [
    { name: 'wallet', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
    { name: 'calls', type: 'Call[]' },
  ],
  Call: [
    { name: 'target', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'data', type: 'bytes' },
  ],
} as const;

const CHAIN_ID = 137;
const DEPOSIT_DEADLINE_SECONDS = 600;

export interface RelayCall {
  to: Address;
  data: Hex;
}

export interface RelaySigningInput {
  type: RelayType;
  account: LocalAccount;
  /** The proxy / Safe / deposit wallet that holds the funds and makes the call. */
  wallet: Address;
  call: RelayCall;
  nonce: string;
  /** PROXY only: the relay address from the params endpoint and the gas limit estimated for the call. */
  relay?: Address;
  gasLimit?: bigint;
  nowSeconds: number;
}

const word = (v: bigint) => numberToHex(v, { size: 32 });

/** The digest a PROXY request signs (also what the fake relayer recomputes). */
export function proxyRequestHash(p: {
  from: Address;
  to: Address;
  data: Hex;
  relayerFee: bigint;
  gasPrice: bigint;
  gasLimit: bigint;
  nonce: bigint;
  relayHub: Address;
  relay: Address;
}): Hex {
  return keccak256(
    concat([
      toHex('rlx:'),
      p.from,
      p.to,
      p.data,
      word(p.relayerFee),
      word(p.gasPrice),
      word(p.gasLimit),
      word(p.nonce),
      p.relayHub,
      p.relay,
    ]),
  );
}

export function proxyCallData(call: RelayCall): Hex {
  return encodeFunctionData({
    abi: proxyFactoryAbi,
    functionName: 'proxy',
    args: [[{ typeCode: 1, to: call.to, value: 0n, data: call.data }]],
  });
}

export function safeTxDigest(safe: Address, call: RelayCall, nonce: bigint): Hex {
  return hashTypedData({
    domain: { chainId: CHAIN_ID, verifyingContract: safe },
    types: SAFE_TX_TYPES,
    primaryType: 'SafeTx',
    message: {
      to: call.to,
      value: 0n,
      data: call.data,
      operation: 0,
      safeTxGas: 0n,
      baseGas: 0n,
      gasPrice: 0n,
      gasToken: zeroAddress,
      refundReceiver: zeroAddress,
      nonce,
    },
  });
}

/** Safe wants eth_sign signatures with v + 4 (31/32). */
function packSafeSignature(signature: Hex): Hex {
  const v = Number.parseInt(signature.slice(130, 132), 16);
  const packed = v === 0 || v === 1 ? v + 31 : v === 27 || v === 28 ? v + 4 : v;
  return `0x${signature.slice(2, 130)}${packed.toString(16).padStart(2, '0')}`;
}

/** The JSON body of POST /submit for one call. */
export async function signRelayRequest(input: RelaySigningInput): Promise<string> {
  const { account, wallet, call, nonce } = input;
  const from = account.address;
  if (input.type === 'PROXY') {
    if (!input.relay || input.gasLimit === undefined) throw new Error('PROXY needs a relay and a gas limit');
    const to = RELAYER_CONTRACTS.proxyFactory;
    const data = proxyCallData(call);
    const hash = proxyRequestHash({
      from,
      to,
      data,
      relayerFee: 0n,
      gasPrice: 0n,
      gasLimit: input.gasLimit,
      nonce: BigInt(nonce),
      relayHub: RELAYER_CONTRACTS.relayHub,
      relay: input.relay,
    });
    const signature = await account.signMessage({ message: { raw: hash } });
    return JSON.stringify({
      data,
      from,
      nonce,
      proxyWallet: wallet,
      signature,
      signatureParams: {
        gasLimit: input.gasLimit.toString(),
        gasPrice: '0',
        relay: input.relay,
        relayHub: RELAYER_CONTRACTS.relayHub,
        relayerFee: '0',
      },
      to,
      type: 'PROXY',
    });
  }
  if (input.type === 'SAFE') {
    const digest = safeTxDigest(wallet, call, BigInt(nonce));
    const signature = packSafeSignature(await account.signMessage({ message: { raw: digest } }));
    return JSON.stringify({
      data: call.data,
      from,
      nonce,
      proxyWallet: wallet,
      signature,
      signatureParams: {
        baseGas: '0',
        gasPrice: '0',
        gasToken: zeroAddress,
        operation: '0',
        refundReceiver: zeroAddress,
        safeTxnGas: '0',
      },
      to: call.to,
      type: 'SAFE',
    });
  }
  const deadline = String(input.nowSeconds + DEPOSIT_DEADLINE_SECONDS);
  const calls = [{ target: call.to, value: '0', data: call.data }];
  const signature = await account.signTypedData({
    domain: { name: 'DepositWallet', version: '1', chainId: CHAIN_ID, verifyingContract: wallet },
    types: DEPOSIT_WALLET_TYPES,
    primaryType: 'Batch',
    message: {
      wallet,
      nonce: BigInt(nonce),
      deadline: BigInt(deadline),
      calls: calls.map((c) => ({ target: c.target, value: 0n, data: c.data })),
    },
  });
  return JSON.stringify({
    depositWalletParams: { calls, deadline, depositWallet: wallet },
    from,
    nonce,
    signature,
    to: RELAYER_CONTRACTS.depositWalletFactory,
    type: 'WALLET',
  });
}
