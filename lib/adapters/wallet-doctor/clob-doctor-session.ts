import { ApiError, type ApiKeyCreds, AssetType, type ClobClient } from '@polymarket/clob-client-v2';
import { createWalletClient, http } from 'viem';
import { polygon } from 'viem/chains';
import type { ClobDoctorSession, DoctorConfig } from '../../app/wallet-doctor/doctor-ports';
import type { CredentialsFact } from '../../core/wallet-doctor/wallet-facts';
import { ExchangeClockClient } from '../exchange/exchange-clock-client';
import type { Vault } from '../vault/vault';
import { unlockedAccount } from '../vault/vault-account';
import { exchangeViewOf } from './exchange-view';

type DoctorVault = Pick<Vault, 'getSigningKey' | 'getApiCredentials' | 'storeApiCredentials'>;
type L2Result = { ok: true } | { ok: false; message: string };

/** The CLOB refused (an HTTP 4xx answer), as opposed to not answering at all. */
const refusal = (error: unknown): string | null =>
  error instanceof ApiError && error.status !== undefined && error.status >= 400 && error.status < 500
    ? error.message.split('\n')[0] || `HTTP ${error.status}`
    : null;

/** An L2 call (GET /auth/api-keys): accepted, refused (4xx), or thrown on (network/5xx). */
async function tryL2(client: ClobClient): Promise<L2Result> {
  try {
    await client.getApiKeys();
    return { ok: true };
  } catch (error) {
    const message = refusal(error);
    if (message === null) throw error;
    return { ok: false, message };
  }
}

/**
 * One doctor run against the CLOB: API keys from the vault, or derived (created when none exist)
 * over L1 and stored encrypted in the vault; then the L2 reads. Errors carry the CLOB's own short
 * message, never the key, the signature or the HMAC secret.
 */
export function clobDoctorSession(vault: DoctorVault, config: DoctorConfig): ClobDoctorSession {
  let client: ClobClient | null = null;

  async function options() {
    const account = await unlockedAccount(vault);
    return {
      host: config.clobUrl,
      chain: 137 as const,
      signer: createWalletClient({ account, chain: polygon, transport: http(config.polygonRpcUrl) }),
      signatureType: config.signatureType,
      funderAddress: config.funderAddress ?? undefined,
      retryOnError: false,
      throwOnError: true,
    };
  }

  async function deriveOrCreate(l1: ClobClient): Promise<ApiKeyCreds> {
    try {
      return await l1.deriveApiKey();
    } catch (error) {
      if (refusal(error) === null) throw error;
      return l1.createApiKey();
    }
  }

  const l2Client = () => {
    if (!client) throw new Error('the API keys were not checked');
    return client;
  };

  return {
    async credentials(): Promise<CredentialsFact> {
      const base = await options();
      const stored = await vault.getApiCredentials();
      if (stored) {
        client = new ExchangeClockClient({ ...base, creds: stored });
        const l2 = await tryL2(client);
        if (l2.ok) return { source: 'stored', l2 };
      }
      let creds: ApiKeyCreds;
      try {
        creds = await deriveOrCreate(new ExchangeClockClient(base));
      } catch (error) {
        const message = refusal(error);
        if (message === null) throw error;
        return { source: 'refused', message };
      }
      if (!creds.key || !creds.secret || !creds.passphrase) {
        return { source: 'refused', message: 'the CLOB answered without API credentials' };
      }
      await vault.storeApiCredentials({ key: creds.key, secret: creds.secret, passphrase: creds.passphrase });
      client = new ExchangeClockClient({ ...base, creds });
      return { source: 'derived', l2: await tryL2(client) };
    },
    async closedOnly() {
      const answer: unknown = await l2Client().getClosedOnlyMode();
      return (
        typeof answer === 'object' &&
        answer !== null &&
        (answer as { closed_only?: unknown }).closed_only === true
      );
    },
    async exchangeView({ refresh }) {
      const c = l2Client();
      if (refresh) await c.updateBalanceAllowance({ asset_type: AssetType.COLLATERAL });
      return exchangeViewOf(await c.getBalanceAllowance({ asset_type: AssetType.COLLATERAL }));
    },
  };
}
