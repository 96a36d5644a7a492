/**
 * Default API endpoints: the real Polymarket hosts, overridable at build time with WXT_* variables
 * (the test build and `npm run sim` point them at the local fake) and at run time in settings.
 */
export interface EndpointDefaults {
  gammaUrl: string;
  clobUrl: string;
  dataUrl: string;
  clobWsUrl: string;
  polygonRpcUrl: string;
  /** Polymarket's relayer: split / merge / redeem of proxy, Safe and deposit-wallet accounts. */
  relayerUrl: string;
  geoblockUrl: string;
}

type Env = Record<string, string | undefined>;

/**
 * Build-time variables. The bundler replaces `import.meta.env` with the WXT_* values of the build;
 * plain Node (the CLI, the benchmark) has no `import.meta.env` at all, hence the fallback.
 */
function readEnv(): Env {
  return (import.meta.env as Env | undefined) ?? {};
}

/**
 * Whether plain http:// and ws:// endpoints on 127.0.0.1 are accepted: in the test build
 * (WXT_E2E), the simulation build (WXT_SIM), dev mode, and Node (tests, CLI, bench); never in a
 * production build of the extension, which talks to https:// and wss:// only.
 */
export function loopbackEndpointsAllowed(env: Env = readEnv()): boolean {
  if (env.WXT_E2E === '1' || env.WXT_SIM === '1') return true;
  return env.MODE !== 'production';
}

export function endpointDefaults(env: Env = readEnv()): EndpointDefaults {
  return {
    gammaUrl: env.WXT_GAMMA_URL || 'https://gamma-api.polymarket.com',
    clobUrl: env.WXT_CLOB_URL || 'https://clob.polymarket.com',
    dataUrl: env.WXT_DATA_URL || 'https://data-api.polymarket.com',
    clobWsUrl: env.WXT_CLOB_WS_URL || 'wss://ws-subscriptions-clob.polymarket.com/ws/market',
    polygonRpcUrl: env.WXT_POLYGON_RPC_URL || 'https://polygon.drpc.org',
    relayerUrl: env.WXT_RELAYER_URL || 'https://relayer-v2.polymarket.com',
    geoblockUrl: env.WXT_GEOBLOCK_URL || 'https://polymarket.com/api/geoblock',
  };
}
