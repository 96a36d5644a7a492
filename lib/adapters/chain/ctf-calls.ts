import { encodeFunctionData, type Hex, maxUint256, parseAbi } from 'viem';
import {
  BINARY_PARTITION,
  CTF_CONTRACTS,
  collateralAdapterFor,
  type HexAddress,
} from '../../core/ctf/ctf-contracts';
import type { Micros } from '../../core/model/money';

/**
 * Calldata for split, merge, redeem and convert on CTF ("v1") markets, through the pUSD collateral
 * adapters (polymarket-ctf.md §3): CtfCollateralAdapter for standard markets, NegRiskCtfCollateralAdapter
 * for neg-risk ones — never the CTF or the old NegRiskAdapter directly. The adapters keep the CTF
 * signatures and ignore collateral, parent and partition; we pass pUSD, 0x0 and [1,2] as the SDK does.
 * Protocol V2 markets (Router) are not covered here.
 */
export const ctfAdapterAbi = parseAbi([
  'function splitPosition(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] partition, uint256 amount)',
  'function mergePositions(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] partition, uint256 amount)',
  'function redeemPositions(address collateralToken, bytes32 parentCollectionId, bytes32 conditionId, uint256[] indexSets)',
  'function convertPositions(bytes32 marketId, uint256 indexSet, uint256 amount)',
  // Solady SafeTransferLib, when the adapter cannot pull the pUSD (no allowance or no balance).
  'error TransferFromFailed()',
]);

export const pusdAbi = parseAbi([
  'function approve(address spender, uint256 amount) returns (bool)',
  'function allowance(address owner, address spender) view returns (uint256)',
  'function balanceOf(address owner) view returns (uint256)',
]);

export const conditionalTokensAbi = parseAbi([
  'function setApprovalForAll(address operator, bool approved)',
  'function isApprovedForAll(address owner, address operator) view returns (bool)',
  'function balanceOf(address owner, uint256 id) view returns (uint256)',
  'function payoutDenominator(bytes32 conditionId) view returns (uint256)',
  'function payoutNumerators(bytes32 conditionId, uint256 index) view returns (uint256)',
]);

const ROOT = `0x${'00'.repeat(32)}` as const;

/** One contract call a wallet (EOA, proxy, Safe or deposit wallet) sends. */
export interface ChainCall {
  op: CtfOperation | 'approve-pusd' | 'approve-ctf';
  to: HexAddress;
  data: Hex;
  value: bigint;
}

export type CtfOperation = 'split' | 'merge' | 'redeem' | 'convert';

export interface CtfMarketRef {
  conditionId: Hex;
  negRisk: boolean;
}

function positiveAmount(amount: Micros): bigint {
  if (!Number.isInteger(amount) || amount <= 0) throw new RangeError(`bad amount: ${amount}`);
  return BigInt(amount);
}

/** Mint `amount` YES + NO pairs from `amount` pUSD (needs pUSD approved to the adapter). */
export function splitCall(market: CtfMarketRef, amount: Micros): ChainCall {
  const data = encodeFunctionData({
    abi: ctfAdapterAbi,
    functionName: 'splitPosition',
    args: [CTF_CONTRACTS.pusd, ROOT, market.conditionId, [...BINARY_PARTITION], positiveAmount(amount)],
  });
  return { op: 'split', to: collateralAdapterFor(market.negRisk), data, value: 0n };
}

/** Burn `amount` YES + NO pairs for `amount` pUSD (needs the CTF operator approval of the adapter). */
export function mergeCall(market: CtfMarketRef, amount: Micros): ChainCall {
  const data = encodeFunctionData({
    abi: ctfAdapterAbi,
    functionName: 'mergePositions',
    args: [CTF_CONTRACTS.pusd, ROOT, market.conditionId, [...BINARY_PARTITION], positiveAmount(amount)],
  });
  return { op: 'merge', to: collateralAdapterFor(market.negRisk), data, value: 0n };
}

/** Redeem BOTH whole balances of a resolved condition for pUSD (the adapter takes no amount). */
export function redeemCall(market: CtfMarketRef): ChainCall {
  const data = encodeFunctionData({
    abi: ctfAdapterAbi,
    functionName: 'redeemPositions',
    args: [CTF_CONTRACTS.pusd, ROOT, market.conditionId, [...BINARY_PARTITION]],
  });
  return { op: 'redeem', to: collateralAdapterFor(market.negRisk), data, value: 0n };
}

/** Neg-risk only: turn `amount` NO of the questions in `indexSet` into YES of the others (+ pUSD). */
export function convertCall(negRiskMarketId: Hex, indexSet: bigint, amount: Micros): ChainCall {
  if (indexSet <= 0n) throw new RangeError('empty index set');
  const data = encodeFunctionData({
    abi: ctfAdapterAbi,
    functionName: 'convertPositions',
    args: [negRiskMarketId, indexSet, positiveAmount(amount)],
  });
  return { op: 'convert', to: CTF_CONTRACTS.negRiskCtfCollateralAdapter, data, value: 0n };
}

/** What the holder must have granted before an operation (polymarket-ctf.md §5). */
export type ApprovalNeed =
  | { kind: 'pusd-allowance'; spender: HexAddress; atLeast: bigint }
  | { kind: 'ctf-operator'; operator: HexAddress };

export function approvalsFor(op: CtfOperation, negRisk: boolean, amount: Micros = 0): ApprovalNeed[] {
  const adapter =
    op === 'convert' ? CTF_CONTRACTS.negRiskCtfCollateralAdapter : collateralAdapterFor(negRisk);
  if (op === 'split') return [{ kind: 'pusd-allowance', spender: adapter, atLeast: BigInt(amount) }];
  return [{ kind: 'ctf-operator', operator: adapter }];
}

/** What the chain says the holder has granted to one adapter. */
export interface GrantedApprovals {
  pusdAllowance: bigint;
  ctfOperator: boolean;
}

/** The approvals still missing, as calls (pUSD approve at MAX, as the official SDK grants it). */
export function missingApprovalCalls(needs: readonly ApprovalNeed[], granted: GrantedApprovals): ChainCall[] {
  return needs.flatMap((need): ChainCall[] => {
    if (need.kind === 'pusd-allowance') {
      if (granted.pusdAllowance >= need.atLeast && granted.pusdAllowance > 0n) return [];
      const data = encodeFunctionData({
        abi: pusdAbi,
        functionName: 'approve',
        args: [need.spender, maxUint256],
      });
      return [{ op: 'approve-pusd', to: CTF_CONTRACTS.pusd, data, value: 0n }];
    }
    if (granted.ctfOperator) return [];
    const data = encodeFunctionData({
      abi: conditionalTokensAbi,
      functionName: 'setApprovalForAll',
      args: [need.operator, true],
    });
    return [{ op: 'approve-ctf', to: CTF_CONTRACTS.conditionalTokens, data, value: 0n }];
  });
}
