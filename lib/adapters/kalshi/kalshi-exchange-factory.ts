import type { Exchange } from '../../app/ports/exchange-port';
import { kalshiEndpoints } from '../../settings/kalshi-settings';
import type { Settings } from '../../settings/schema';
import { KalshiLiveExchange, type KalshiLiveExchangeOptions } from './kalshi-live-exchange';
import { KalshiOrderClient } from './kalshi-order-client';
import { kalshiReduceOnlyExchange, kalshiRegionAccess } from './kalshi-region';
import { createKalshiSigner, type KalshiCredentials, type KalshiSigner } from './request-signer';

export interface KalshiExchangeFactoryDeps {
  /** The Kalshi key from the vault (KalshiKeyStore.credentials: throws while locked or missing). */
  keys: { credentials(): Promise<KalshiCredentials> };
  fetch?: typeof fetch;
  now?: () => number;
  exchange?: KalshiLiveExchangeOptions;
}

/**
 * Builds the live Kalshi exchange for the current settings: the environment in use (demo unless the
 * user switched to production) gives the REST URL; the key comes from the vault on every call, so a
 * locked vault refuses live trading (operational error). The signer is rebuilt only when the key or
 * the URL changes. Kalshi's location attestation is read each time: lapsed → positions are only
 * reduced (kalshi-region.ts).
 */
export function createKalshiExchangeFactory(
  deps: KalshiExchangeFactoryDeps,
): (settings: Settings) => Promise<Exchange> {
  let cached: { key: string; exchange: KalshiLiveExchange; signer: KalshiSigner } | undefined;
  return async (settings) => {
    const credentials = await deps.keys.credentials().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    const { restUrl } = kalshiEndpoints(settings.kalshi);
    const key = `${credentials.keyId}|${restUrl}`;
    if (cached?.key !== key) {
      const signer = await createKalshiSigner(credentials, deps.now);
      const client = new KalshiOrderClient({ baseUrl: restUrl, signer, fetch: deps.fetch });
      cached = { key, signer, exchange: new KalshiLiveExchange(client, deps.exchange) };
    }
    const now = (deps.now ?? Date.now)();
    const access = await kalshiRegionAccess(
      { baseUrl: restUrl, signer: cached.signer, fetch: deps.fetch },
      now,
    );
    return access.kind === 'lapsed'
      ? kalshiReduceOnlyExchange(cached.exchange, access.expiredAt)
      : cached.exchange;
  };
}
