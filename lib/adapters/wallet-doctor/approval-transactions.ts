import {
  type Address,
  createWalletClient,
  encodeFunctionData,
  type Hex,
  http,
  maxUint256,
  type PublicClient,
  parseAbi,
} from 'viem';
import type { PrivateKeyAccount } from 'viem/accounts';
import { polygon } from 'viem/chains';
import type { PlannedApproval } from '../../app/wallet-doctor/doctor-ports';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';
import type { MissingApproval } from '../../core/wallet-doctor/approval-plan';
import { weiToPol } from '../../core/wallet-doctor/units';

const abi = parseAbi([
  'function approve(address spender,uint256 amount) returns (bool)',
  'function setApprovalForAll(address operator,bool approved)',
]);

/** The call for one approval: pUSD approve(spender, max) or CTF setApprovalForAll(operator, true). */
export function approvalCall(approval: MissingApproval): {
  to: Address;
  data: Hex;
  call: string;
  spender: Address;
} {
  const spender = POLYGON_CONTRACTS[approval.spender];
  if (approval.kind === 'pusd') {
    return {
      to: POLYGON_CONTRACTS.pusd,
      spender,
      call: 'approve(spender, unlimited)',
      data: encodeFunctionData({ abi, functionName: 'approve', args: [spender, maxUint256] }),
    };
  }
  return {
    to: POLYGON_CONTRACTS.conditionalTokens,
    spender,
    call: 'setApprovalForAll(spender, true)',
    data: encodeFunctionData({ abi, functionName: 'setApprovalForAll', args: [spender, true] }),
  };
}

const shortReason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? 'failed';

/** Describes each transaction with a gas estimate from the RPC (a failed estimate says why). */
export async function planApprovals(
  client: PublicClient,
  from: Address,
  missing: MissingApproval[],
): Promise<PlannedApproval[]> {
  const gasPrice = await client.getGasPrice().catch(() => null);
  return Promise.all(
    missing.map(async (approval): Promise<PlannedApproval> => {
      const { to, data, call, spender } = approvalCall(approval);
      const described = { ...approval, from, to, call, spenderAddress: spender };
      try {
        const gas = await client.estimateGas({ account: from, to, data });
        const costPol = gasPrice === null ? null : weiToPol(gas * gasPrice);
        return { ...described, gas: gas.toString(), costPol, estimateError: null };
      } catch (error) {
        return { ...described, gas: null, costPol: null, estimateError: shortReason(error) };
      }
    }),
  );
}

/** Signs and sends one approval from the account on the configured RPC; resolves to its hash. */
export async function sendApprovalTransaction(
  account: PrivateKeyAccount,
  rpcUrl: string,
  approval: MissingApproval,
): Promise<Hex> {
  const { to, data } = approvalCall(approval);
  const wallet = createWalletClient({ account, chain: polygon, transport: http(rpcUrl, { retryCount: 0 }) });
  return wallet.sendTransaction({ to, data });
}
