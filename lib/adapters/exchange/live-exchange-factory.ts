import type { ApiKeyCreds } from '@polymarket/clob-client-v2';
import { createWalletClient, http } from 'viem';
import { polygon } from 'viem/chains';
import type { Exchange } from '../../app/ports/exchange-port';
import { operationalError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { Vault } from '../vault/vault';
import { unlockedAccount } from '../vault/vault-account';
import { closeOnlyExchange } from './close-only-exchange';
import { type ClobClientOptions, ExchangeClockClient } from './exchange-clock-client';
import { fetchGeoblock, type GeoblockCheck, liveRegionAccess } from './geoblock';
import { LiveExchange, type LiveExchangeOptions } from './live-exchange';

export interface LiveExchangeFactoryDeps {
  vault: Pick<Vault, 'getSigningKey' | 'getApiCredentials' | 'storeApiCredentials'>;
  geoblock?: GeoblockCheck;
  /** How long an accepted, not yet matched order is watched before it is left to reconciliation. */
  exchange?: LiveExchangeOptions;
  /** The computer's clock (tests make it drift); requests carry the exchange's time regardless. */
  now?: () => number;
}

type Signer = ReturnType<typeof createWalletClient>;

async function apiCredentials(deps: LiveExchangeFactoryDeps, base: ClobClientOptions): Promise<ApiKeyCreds> {
  const stored = await deps.vault.getApiCredentials();
  if (stored) return stored;
  // L1: create the key, or derive it when it exists (the client returns errors, it does not throw).
  const created: unknown = await new ExchangeClockClient(base, deps.now).createOrDeriveApiKey();
  const creds = created as Partial<ApiKeyCreds>;
  if (!creds.key || !creds.secret || !creds.passphrase) {
    throw operationalError('Could not create or derive Polymarket API credentials for this wallet.', {
      code: 'api_key_failed',
    });
  }
  const credentials = { key: creds.key, secret: creds.secret, passphrase: creds.passphrase };
  await deps.vault.storeApiCredentials(credentials);
  return credentials;
}

/**
 * Builds the live exchange for the current settings, refusing (operational error) while the
 * location is blocked or the vault is locked; in a close-only location it only reduces positions. The signer is the vault's unlocked viem account;
 * API credentials come from the vault, created/derived once over L1 and stored encrypted there.
 * The CLOB client never retries a post (retryOnError off) and returns errors, which LiveExchange checks;
 * its authenticated requests carry the exchange's time (ExchangeClockClient).
 */
export function createLiveExchangeFactory(
  deps: LiveExchangeFactoryDeps,
): (settings: Settings) => Promise<Exchange> {
  let cached: { key: string; exchange: LiveExchange } | undefined;
  return async (settings) => {
    const access = await liveRegionAccess(deps.geoblock ?? fetchGeoblock, settings.endpoints.geoblockUrl);
    const account = await unlockedAccount(deps.vault).catch((error: unknown) => {
      cached = undefined; // the vault locked: drop the client that holds the signer
      throw error;
    });
    const signer: Signer = createWalletClient({
      account,
      chain: polygon,
      transport: http(settings.endpoints.polygonRpcUrl),
    });
    const base = {
      host: settings.endpoints.clobUrl,
      chain: 137 as const,
      signer,
      signatureType: settings.wallet.signatureType,
      funderAddress: settings.wallet.funderAddress ?? undefined,
      retryOnError: false,
      throwOnError: false,
    };
    const creds = await apiCredentials(deps, base);
    const key = [account.address, creds.key, base.host, base.signatureType, base.funderAddress ?? ''].join(
      '|',
    );
    if (cached?.key !== key) {
      const client = new ExchangeClockClient({ ...base, creds }, deps.now);
      cached = { key, exchange: new LiveExchange(client, deps.exchange) };
    }
    return access === 'closeOnly' ? closeOnlyExchange(cached.exchange) : cached.exchange;
  };
}
