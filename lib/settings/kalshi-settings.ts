import { z } from 'zod';
import { loopbackEndpointsAllowed } from './endpoints';
import { baseUrl, bool, choice } from './fields';

/**
 * Kalshi settings (kalshi-api.md §1): the environment live mode trades on Kalshi — demo (play
 * money, its own keys) is the default until the user switches to production — and each
 * environment's REST and websocket base URLs, the recommended `external-api` hosts by default.
 * Keys are per environment: a demo key works only on the demo hosts.
 */
const loopback = loopbackEndpointsAllowed();
const env = (import.meta.env as Record<string, string | undefined> | undefined) ?? {};

export const KALSHI_ENVIRONMENTS = ['demo', 'production'] as const;
export type KalshiEnvironment = (typeof KALSHI_ENVIRONMENTS)[number];

export const kalshiSettingsSchema = z.object({
  enabled: bool(
    {
      label: 'Scan Kalshi markets',
      help: 'Lists Kalshi’s open markets in the scan beside Polymarket’s, for paper trading (and live trading with a Kalshi key).',
    },
    false,
  ),
  kalshiEnvironment: choice(
    {
      label: 'Kalshi environment for live mode',
      help: 'Demo trades play money with a demo key; production trades real money with a production key.',
    },
    KALSHI_ENVIRONMENTS,
    { demo: 'Demo (play money)', production: 'Production (real money)' },
    'demo',
  ),
  demoRestUrl: baseUrl(
    { label: 'Kalshi demo REST URL' },
    env.WXT_KALSHI_DEMO_REST_URL || 'https://external-api.demo.kalshi.co/trade-api/v2',
    'https:',
    'http:',
    loopback,
  ),
  demoWsUrl: baseUrl(
    { label: 'Kalshi demo websocket URL' },
    env.WXT_KALSHI_DEMO_WS_URL || 'wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2',
    'wss:',
    'ws:',
    loopback,
  ),
  productionRestUrl: baseUrl(
    { label: 'Kalshi production REST URL' },
    'https://external-api.kalshi.com/trade-api/v2',
    'https:',
    'http:',
    loopback,
  ),
  productionWsUrl: baseUrl(
    { label: 'Kalshi production websocket URL' },
    'wss://external-api-ws.kalshi.com/trade-api/ws/v2',
    'wss:',
    'ws:',
    loopback,
  ),
});

export type KalshiSettings = z.output<typeof kalshiSettingsSchema>;

/** The REST and websocket URLs of the environment in use. */
export function kalshiEndpoints(settings: KalshiSettings): { restUrl: string; wsUrl: string } {
  return settings.kalshiEnvironment === 'production'
    ? { restUrl: settings.productionRestUrl, wsUrl: settings.productionWsUrl }
    : { restUrl: settings.demoRestUrl, wsUrl: settings.demoWsUrl };
}
