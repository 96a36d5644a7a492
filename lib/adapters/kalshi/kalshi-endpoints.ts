/**
 * Kalshi's hosts (kalshi-api.md §1, docs: getting_started/api_environments). Every client takes its
 * base URL as a parameter; these are the values a setting will offer. Keys are per environment: a
 * demo key works only on the demo hosts. The host never enters the signature.
 */
export const KALSHI_PRODUCTION_REST_URL = 'https://external-api.kalshi.com/trade-api/v2';
export const KALSHI_PRODUCTION_REST_URL_LEGACY = 'https://api.elections.kalshi.com/trade-api/v2';
export const KALSHI_PRODUCTION_WS_URL = 'wss://external-api-ws.kalshi.com/trade-api/ws/v2';
export const KALSHI_DEMO_REST_URL = 'https://external-api.demo.kalshi.co/trade-api/v2';
export const KALSHI_DEMO_REST_URL_LEGACY = 'https://demo-api.kalshi.co/trade-api/v2';
export const KALSHI_DEMO_WS_URL = 'wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2';

/** Largest page sizes Kalshi allows. */
export const KALSHI_MAX_MARKETS_PAGE = 1000;
export const KALSHI_MAX_EVENTS_PAGE = 200;
export const KALSHI_MAX_TRADES_PAGE = 1000;
