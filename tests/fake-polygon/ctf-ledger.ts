import {
  decodeFunctionData,
  encodeErrorResult,
  encodeFunctionResult,
  type Hex,
  maxUint256,
  parseAbi,
} from 'viem';
import { conditionalTokensAbi, ctfAdapterAbi, pusdAbi } from '../../lib/adapters/chain/ctf-calls';
import { collectionIdOf, positionIdOf } from '../../lib/adapters/chain/ctf-ids';
import { proxyFactoryAbi } from '../../lib/adapters/chain/relayer-signing';
import { proxyWalletOf } from '../../lib/adapters/wallet-doctor/account-addresses';
import { CTF_CONTRACTS, RELAYER_CONTRACTS } from '../../lib/core/ctf/ctf-contracts';
import { convertPositions, type NegRiskEvent } from './ctf-convert';

/**
 * The token side of the fake Polygon for split / merge / redeem: pUSD (ERC-20) balances and allowances,
 * CTF (ERC-1155) positions and operator approvals, and the two pUSD collateral adapters, with the real
 * contracts' revert reasons (polymarket-ctf.md §3, §7): Solady's TransferFromFailed() when the adapter
 * cannot pull pUSD, the CTF's "ERC1155: need operator approval for 3rd party transfers.", SafeMath's
 * underflow on a merge larger than the balance, "result for condition not received yet" before
 * resolution. Every operation checks everything before it moves anything, so a revert changes nothing.
 */
export class Revert extends Error {
  constructor(
    readonly reason: string,
    readonly data: Hex,
  ) {
    super(`execution reverted: ${reason}`);
  }
}

const errorString = parseAbi(['error Error(string)']);
export const revertWith = (reason: string) =>
  new Revert(reason, encodeErrorResult({ abi: errorString, errorName: 'Error', args: [reason] }));
const transferFromFailed = () =>
  new Revert(
    'TransferFromFailed()',
    encodeErrorResult({ abi: ctfAdapterAbi, errorName: 'TransferFromFailed' }),
  );

interface Condition {
  negRisk: boolean;
  /** payoutNumerators once resolved. */
  payouts: readonly [bigint, bigint] | null;
}

const key = (a: string) => a.toLowerCase();
const same = (a: string, b: string) => key(a) === key(b);

export class CtfLedger {
  readonly pusd = new Map<string, bigint>();
  readonly allowance = new Map<string, bigint>(); // owner|spender
  readonly positions = new Map<string, bigint>(); // owner|id
  readonly operators = new Set<string>(); // owner|operator
  readonly conditions = new Map<string, Condition>();
  readonly negRiskEvents = new Map<string, NegRiskEvent>();
  /** Every adapter call executed, in order: [from, function name]. */
  readonly calls: [string, string][] = [];

  pusdOf(owner: string): bigint {
    return this.pusd.get(key(owner)) ?? 0n;
  }
  allowanceOf(owner: string, spender: string): bigint {
    return this.allowance.get(`${key(owner)}|${key(spender)}`) ?? 0n;
  }
  positionOf(owner: string, id: bigint): bigint {
    return this.positions.get(`${key(owner)}|${id}`) ?? 0n;
  }
  isOperator(owner: string, operator: string): boolean {
    return this.operators.has(`${key(owner)}|${key(operator)}`);
  }

  fund(owner: string, micros: bigint): void {
    this.pusd.set(key(owner), this.pusdOf(owner) + micros);
  }
  setPosition(owner: string, id: bigint, amount: bigint): void {
    this.positions.set(`${key(owner)}|${id}`, amount);
  }
  addCondition(conditionId: Hex, negRisk: boolean): void {
    this.conditions.set(key(conditionId), { negRisk, payouts: null });
  }
  resolve(conditionId: Hex, payouts: readonly [bigint, bigint]): void {
    const c = this.conditions.get(key(conditionId));
    if (!c) throw new Error(`unknown condition ${conditionId}`);
    if (c.negRisk && payouts[0] !== 0n && payouts[1] !== 0n)
      throw new Error('neg-risk resolves [1,0] or [0,1]');
    c.payouts = payouts;
  }

  /** YES / NO ids as the adapter at `to` mints them: USDC.e-keyed (standard) or wcol-keyed (neg-risk). */
  idsFor(adapter: string, conditionId: Hex): [bigint, bigint] {
    const collateral = same(adapter, CTF_CONTRACTS.negRiskCtfCollateralAdapter)
      ? CTF_CONTRACTS.negRiskWrappedCollateral
      : CTF_CONTRACTS.usdce;
    return [
      positionIdOf(collateral, collectionIdOf(conditionId, 1n)),
      positionIdOf(collateral, collectionIdOf(conditionId, 2n)),
    ];
  }

  private condition(adapter: string, conditionId: Hex): Condition {
    const c = this.conditions.get(key(conditionId));
    if (!c) throw revertWith('condition not prepared or found');
    const negRiskAdapter = same(adapter, CTF_CONTRACTS.negRiskCtfCollateralAdapter);
    if (c.negRisk !== negRiskAdapter) throw revertWith('condition not prepared or found');
    return c;
  }

  /** A neg-risk event (Gamma negRiskMarketID) whose questions are these conditions, in index order. */
  addNegRiskEvent(marketId: Hex, conditionIds: Hex[], feeBips = 0n): void {
    for (const c of conditionIds) if (!this.conditions.has(key(c))) this.addCondition(c, true);
    this.negRiskEvents.set(key(marketId), { conditionIds, feeBips });
  }

  pullPositions(owner: string, adapter: string, ids: readonly bigint[], amounts: readonly bigint[]): void {
    if (!this.isOperator(owner, adapter))
      throw revertWith('ERC1155: need operator approval for 3rd party transfers.');
    const moves = ids.map((id, i) => ({ id, amount: amounts[i] ?? 0n }));
    for (const { id, amount } of moves) {
      if (this.positionOf(owner, id) < amount) throw revertWith('SafeMath: subtraction overflow');
    }
    for (const { id, amount } of moves) this.setPosition(owner, id, this.positionOf(owner, id) - amount);
  }

  /** Execute a call from `from` to `to`; throws Revert (and changes nothing) when the contract would. */
  execute(from: string, to: string, data: Hex): void {
    if (same(to, CTF_CONTRACTS.pusd)) {
      const call = decodeFunctionData({ abi: pusdAbi, data });
      if (call.functionName !== 'approve') throw revertWith(`fake pUSD: ${call.functionName} unsupported`);
      const [spender, amount] = call.args;
      this.allowance.set(`${key(from)}|${key(spender)}`, amount);
      return;
    }
    if (same(to, CTF_CONTRACTS.conditionalTokens)) {
      const call = decodeFunctionData({ abi: conditionalTokensAbi, data });
      if (call.functionName !== 'setApprovalForAll')
        throw revertWith(`fake CTF: ${call.functionName} unsupported`);
      const [operator, approved] = call.args;
      if (approved) this.operators.add(`${key(from)}|${key(operator)}`);
      else this.operators.delete(`${key(from)}|${key(operator)}`);
      return;
    }
    if (same(to, CTF_CONTRACTS.ctfCollateralAdapter) || same(to, CTF_CONTRACTS.negRiskCtfCollateralAdapter)) {
      this.adapterCall(from, to, data);
      return;
    }
    if (same(to, RELAYER_CONTRACTS.proxyFactory)) {
      // The proxy factory forwards each call from the caller's own proxy wallet (type 1 accounts).
      const call = decodeFunctionData({ abi: proxyFactoryAbi, data });
      const wallet = proxyWalletOf(from as Hex);
      for (const inner of call.args[0]) this.execute(wallet, inner.to, inner.data);
      return;
    }
    throw revertWith(`fake chain: no contract at ${to}`);
  }

  private adapterCall(from: string, adapter: string, data: Hex): void {
    const call = decodeFunctionData({ abi: ctfAdapterAbi, data });
    this.calls.push([key(from), call.functionName]);
    if (call.functionName === 'convertPositions') {
      if (!same(adapter, CTF_CONTRACTS.negRiskCtfCollateralAdapter))
        throw revertWith('fake chain: no convert here');
      convertPositions(this, from, adapter, call.args);
      return;
    }
    const conditionId = call.args[2];
    const cond = this.condition(adapter, conditionId);
    const [yes, no] = this.idsFor(adapter, conditionId);
    if (call.functionName === 'splitPosition') {
      const amount = call.args[4];
      const allowance = this.allowanceOf(from, adapter);
      if (allowance < amount || this.pusdOf(from) < amount) throw transferFromFailed();
      if (allowance !== maxUint256) this.allowance.set(`${key(from)}|${key(adapter)}`, allowance - amount);
      this.pusd.set(key(from), this.pusdOf(from) - amount);
      this.setPosition(from, yes, this.positionOf(from, yes) + amount);
      this.setPosition(from, no, this.positionOf(from, no) + amount);
      return;
    }
    if (call.functionName === 'mergePositions') {
      const amount = call.args[4];
      this.pullPositions(from, adapter, [yes, no], [amount, amount]);
      this.fund(from, amount);
      return;
    }
    // redeemPositions: the adapter takes BOTH whole balances.
    if (!cond.payouts) throw revertWith('result for condition not received yet');
    const [a, b] = cond.payouts;
    const yesBal = this.positionOf(from, yes);
    const noBal = this.positionOf(from, no);
    this.pullPositions(from, adapter, [yes, no], [yesBal, noBal]);
    this.fund(from, (yesBal * a) / (a + b) + (noBal * b) / (a + b));
  }

  /** Answer an eth_call read of pUSD or the CTF. */
  read(to: string, data: Hex): Hex {
    if (same(to, CTF_CONTRACTS.pusd)) {
      const call = decodeFunctionData({ abi: pusdAbi, data });
      if (call.functionName === 'balanceOf') {
        return encodeFunctionResult({
          abi: pusdAbi,
          functionName: 'balanceOf',
          result: this.pusdOf(call.args[0]),
        });
      }
      if (call.functionName === 'allowance') {
        const result = this.allowanceOf(call.args[0], call.args[1]);
        return encodeFunctionResult({ abi: pusdAbi, functionName: 'allowance', result });
      }
    }
    if (same(to, CTF_CONTRACTS.conditionalTokens)) {
      const call = decodeFunctionData({ abi: conditionalTokensAbi, data });
      const abi = conditionalTokensAbi;
      if (call.functionName === 'balanceOf') {
        const result = this.positionOf(call.args[0], call.args[1]);
        return encodeFunctionResult({ abi, functionName: 'balanceOf', result });
      }
      if (call.functionName === 'isApprovedForAll') {
        const result = this.isOperator(call.args[0], call.args[1]);
        return encodeFunctionResult({ abi, functionName: 'isApprovedForAll', result });
      }
      const payouts = this.conditions.get(key(call.args[0]))?.payouts ?? null;
      if (call.functionName === 'payoutDenominator') {
        const result = payouts ? payouts[0] + payouts[1] : 0n;
        return encodeFunctionResult({ abi, functionName: 'payoutDenominator', result });
      }
      if (call.functionName === 'payoutNumerators') {
        const result = payouts ? (payouts[Number(call.args[1])] ?? 0n) : 0n;
        return encodeFunctionResult({ abi, functionName: 'payoutNumerators', result });
      }
    }
    throw revertWith(`fake chain: unsupported read at ${to}`);
  }
}
