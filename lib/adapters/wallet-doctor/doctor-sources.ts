import type { Address } from 'viem';
import type { DoctorSources } from '../../app/wallet-doctor/doctor-ports';
import type { Vault } from '../vault/vault';
import { unlockedAccount } from '../vault/vault-account';
import { probeAccounts } from './account-probe';
import { planApprovals, sendApprovalTransaction } from './approval-transactions';
import { publicClientFor, readChainFacts } from './chain-facts';
import { clobDoctorSession } from './clob-doctor-session';
import { fetchGeoblockRegion } from './geoblock-region';

type DoctorVault = Pick<
  Vault,
  'address' | 'isUnlocked' | 'getSigningKey' | 'getApiCredentials' | 'storeApiCredentials'
>;

/** The wallet doctor's sources over the real services: geoblock, CLOB, Polygon RPC and the vault. */
export function createDoctorSources(deps: { vault: DoctorVault }): DoctorSources {
  const { vault } = deps;
  return {
    async wallet() {
      const address = (await vault.address()) ?? null;
      return {
        hasWallet: address !== null,
        unlocked: address !== null && (await vault.isUnlocked()),
        signer: address,
      };
    },
    region: (url) => fetchGeoblockRegion(url),
    clob: (config) => clobDoctorSession(vault, config),
    chain: (rpcUrl, funder) => readChainFacts(publicClientFor(rpcUrl), funder as Address),
    accounts: (rpcUrl, signer) => probeAccounts(publicClientFor(rpcUrl), signer as Address),
    async planApprovals(rpcUrl, missing) {
      const from = await vault.address();
      if (!from) return [];
      return planApprovals(publicClientFor(rpcUrl), from, missing);
    },
    async sendApproval(rpcUrl, approval) {
      return sendApprovalTransaction(await unlockedAccount(vault), rpcUrl, approval);
    },
  };
}
