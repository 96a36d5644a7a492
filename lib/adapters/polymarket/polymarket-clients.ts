import type { PolymarketClients as PolymarketReadClients } from '../../app/ports/polymarket-reads';
import { ClobReads } from './clob-reads';
import { DataApiClient } from './data-api-client';
import { GammaClient } from './gamma-client';
import type { PolymarketEndpoints } from './http/polymarket-endpoints';
import { createRateLimiter, PolymarketHttp, type PolymarketHttpOptions } from './http/polymarket-http';

/** The read clients over ONE shared HTTP layer (one rate budget for the whole extension): lib/app's port. */
export interface PolymarketClients extends PolymarketReadClients {
  http: PolymarketHttp;
  gamma: GammaClient;
  clob: ClobReads;
  data: DataApiClient;
}

export function createPolymarketClients(options: PolymarketHttpOptions): PolymarketClients {
  const http = new PolymarketHttp(options);
  return { http, gamma: new GammaClient(http), clob: new ClobReads(http), data: new DataApiClient(http) };
}

/**
 * Clients for the endpoints currently in the settings: rebuilt only when an endpoint changes, so the
 * short cache survives from one pass to the next; the rate budget survives a rebuild too.
 */
export function createPolymarketClientsProvider(base: Omit<PolymarketHttpOptions, 'endpoints'>) {
  let key = '';
  let clients: PolymarketClients | undefined;
  // One rate budget for the extension, whichever endpoints the clients of the moment talk to.
  const limiter = base.limiter ?? createRateLimiter(base);
  return (endpoints: PolymarketEndpoints): PolymarketClients => {
    const next = `${endpoints.gammaUrl}|${endpoints.clobUrl}|${endpoints.dataUrl}`;
    if (!clients || next !== key) {
      key = next;
      clients = createPolymarketClients({ ...base, endpoints, limiter });
    }
    return clients;
  };
}
