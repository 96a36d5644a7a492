import {
  type Address,
  createPublicClient,
  createWalletClient,
  type Hex,
  http,
  type PublicClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { polygon } from 'viem/chains';
import { type ChainCall, conditionalTokensAbi, pusdAbi } from '../../../lib/adapters/chain/ctf-calls';
import { binaryTokenIds } from '../../../lib/adapters/chain/ctf-ids';
import { CTF_CONTRACTS } from '../../../lib/core/ctf/ctf-contracts';
import { startCtfChainStub } from '../../fake-polygon/ctf-rpc-stub';
import vectors from '../../fixtures/ctf/token-id-vectors.json';

// Hardhat's well-known test account #1: a public key pair, never a real wallet.
const TEST_KEY = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d';

export const STANDARD = { conditionId: vectors.standard.conditionId as Hex, negRisk: false };
export const NEG_RISK = { conditionId: vectors.negRisk.conditionId as Hex, negRisk: true };

/** A fake Polygon with both test conditions prepared, a funded EOA and viem clients pointed at it. */
export async function startCtfHarness(pusd = 100_000_000n) {
  const stub = await startCtfChainStub();
  const account = privateKeyToAccount(TEST_KEY);
  const transport = http(stub.rpcUrl, { retryCount: 0 });
  const wallet = createWalletClient({ account, chain: polygon, transport });
  const client = createPublicClient({ chain: polygon, transport, pollingInterval: 20 }) as PublicClient;
  stub.chain.ledger.addCondition(STANDARD.conditionId, false);
  stub.chain.ledger.addCondition(NEG_RISK.conditionId, true);
  stub.chain.ledger.fund(account.address, pusd);

  const send = async (call: ChainCall, gas?: bigint) => {
    const hash = await wallet.sendTransaction({ to: call.to, data: call.data, value: call.value, gas });
    return client.waitForTransactionReceipt({ hash, pollingInterval: 20 });
  };
  const pusdBalance = () =>
    client.readContract({
      address: CTF_CONTRACTS.pusd,
      abi: pusdAbi,
      functionName: 'balanceOf',
      args: [account.address],
    });
  const positions = async (market: { conditionId: Hex; negRisk: boolean }) => {
    const ids = binaryTokenIds(market.conditionId, market.negRisk);
    const read = (id: string) =>
      client.readContract({
        address: CTF_CONTRACTS.conditionalTokens,
        abi: conditionalTokensAbi,
        functionName: 'balanceOf',
        args: [account.address as Address, BigInt(id)],
      });
    return { yes: await read(ids.yes), no: await read(ids.no) };
  };
  return { ...stub, account, wallet, client, send, pusdBalance, positions };
}
