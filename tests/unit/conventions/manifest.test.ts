import { describe, expect, it, vi } from 'vitest';

/** The production manifest (no WXT_E2E / WXT_SIM): Polymarket hosts only, no local test host. */
describe('production manifest', () => {
  it('has the product permissions and no test host', async () => {
    vi.stubEnv('WXT_E2E', '');
    vi.stubEnv('WXT_SIM', '');
    vi.resetModules();
    const config = (await import('../../../wxt.config')).default as {
      manifest: { permissions: string[]; host_permissions: string[] };
      outDirTemplate?: string;
    };
    // The last two sign Kalshi's websocket handshake (no install-time warning; acting only on the
    // Kalshi hosts the user grants when turning Kalshi on): lib/adapters/kalshi/handshake-header-rule.ts.
    expect(config.manifest.permissions).toEqual([
      'alarms',
      'storage',
      'unlimitedStorage',
      'notifications',
      'declarativeNetRequestWithHostAccess',
      'offscreen',
    ]);
    expect(config.manifest.host_permissions).toEqual([
      'https://polymarket.com/*',
      'https://gamma-api.polymarket.com/*',
      'https://clob.polymarket.com/*',
      'https://data-api.polymarket.com/*',
      'https://ws-subscriptions-clob.polymarket.com/*',
    ]);
    expect(config.outDirTemplate).toBeUndefined();
    vi.unstubAllEnvs();
  });
});
