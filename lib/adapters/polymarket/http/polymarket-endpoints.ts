import type { PolymarketEndpoints } from '../../../app/ports/polymarket-reads';

/**
 * The three REST base URLs (lib/app's PolymarketEndpoints), as they come from the settings schema
 * (which owns the defaults). Nothing in this folder hard-codes a Polymarket host.
 */
export type { PolymarketEndpoints };

export type PolymarketApi = 'gamma' | 'clob' | 'data';

export function baseUrlFor(endpoints: PolymarketEndpoints, api: PolymarketApi): string {
  const url = api === 'gamma' ? endpoints.gammaUrl : api === 'clob' ? endpoints.clobUrl : endpoints.dataUrl;
  return url.replace(/\/+$/, '');
}
