/**
 * The three REST base URLs, as they come from the settings schema (which owns the defaults).
 * Nothing in this folder hard-codes a Polymarket host.
 */
export interface PolymarketEndpoints {
  gammaUrl: string;
  clobUrl: string;
  dataUrl: string;
}

export type PolymarketApi = 'gamma' | 'clob' | 'data';

export function baseUrlFor(endpoints: PolymarketEndpoints, api: PolymarketApi): string {
  const url = api === 'gamma' ? endpoints.gammaUrl : api === 'clob' ? endpoints.clobUrl : endpoints.dataUrl;
  return url.replace(/\/+$/, '');
}
