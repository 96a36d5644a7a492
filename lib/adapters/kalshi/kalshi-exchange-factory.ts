import type { Exchange } from '../../app/ports/exchange-port';
import { kalshiEndpoints } from '../../settings/kalshi-settings';
import type { Settings } from '../../settings/schema';
import { KalshiLiveExchange, type KalshiLiveExchangeOptions } from './kalshi-live-exchange';
import { KalshiOrderClient } from './kalshi-order-client';
import { createKalshiSigner, type KalshiCredentials } from './request-signer';

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
 * the URL changes.
 */
export function createKalshiExchangeFactory(
  deps: KalshiExchangeFactoryDeps,
): (settings: Settings) => Promise<Exchange> {
  let cached: { key: string; exchange: KalshiLiveExchange } | undefined;
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
      cached = { key, exchange: new KalshiLiveExchange(client, deps.exchange) };
    }
    return cached.exchange;
  };
}
