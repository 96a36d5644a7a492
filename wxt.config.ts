import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

/**
 * Test builds are production builds with WXT_E2E=1 (never `--mode e2e`, which ships React's
 * development build). They go to their own folder and may talk to the local fake Polymarket.
 */
const E2E = process.env.WXT_E2E === '1';
/** `npm run sim` builds a test build of its own, pointed at the fake it starts. */
const SIM = process.env.WXT_SIM === '1';

const POLYMARKET_HOSTS = [
  'https://polymarket.com/*',
  'https://gamma-api.polymarket.com/*',
  'https://clob.polymarket.com/*',
  'https://data-api.polymarket.com/*',
  'https://ws-subscriptions-clob.polymarket.com/*',
];

/**
 * Firefox (desktop and Android), README "Firefox". 140 is the ESR with everything the extension uses:
 * ES-module background scripts (112), storage.session (115), optional_host_permissions (128) and the
 * built-in data-consent keys (140; 142 on Android). Only public market data leaves the device by
 * default; live trading sends signed orders and the wallet address to Polymarket, and Telegram or a
 * webhook carry notification text: those are declared optional (not yet requested at run time).
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'polymarket-equilibrage@equilibrage',
    strict_min_version: '140.0',
    data_collection_permissions: {
      required: ['none'],
      optional: ['financialAndPaymentInfo', 'personalCommunications'],
    },
  },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  outDirTemplate: SIM
    ? '{{browser}}-mv{{manifestVersion}}-sim'
    : E2E
      ? '{{browser}}-mv{{manifestVersion}}-e2e'
      : undefined,
  vite: () => ({
    plugins: [tailwindcss()],
    // The backtest worker is an ES module worker, like the pages (`?worker` import).
    worker: { format: 'es' },
  }),
  manifest: {
    name: 'Polymarket Equilibrage',
    default_locale: 'en',
    description: 'Balanced YES/NO positions on Polymarket: scan, enter, monitor, liquidate.',
    // declarativeNetRequestWithHostAccess: one session rule puts the signed KALSHI-ACCESS-* headers on
    // Kalshi's websocket handshake (a browser WebSocket cannot), acting only on hosts granted below;
    // no install-time warning. offscreen: the document whose worker opens that socket (a service
    // worker's own websocket does not get the rule). lib/adapters/kalshi/handshake-header-rule.ts.
    permissions: [
      'alarms',
      'storage',
      'unlimitedStorage',
      'notifications',
      'declarativeNetRequestWithHostAccess',
      'offscreen',
    ],
    // Asked for from the options page, on a click, only when the user turns a source on.
    optional_host_permissions: [
      'https://api.gdeltproject.org/*',
      'https://news.google.com/*',
      'https://api.telegram.org/*',
      // Kalshi (demo and production REST hosts), when the user turns Kalshi on.
      'https://*.kalshi.com/*',
      'https://*.kalshi.co/*',
      // Kalshi's websockets: a header rule needs the ws(s) origin itself (https:// does not cover it).
      'wss://*.kalshi.com/*',
      'wss://*.kalshi.co/*',
      'https://*/*',
    ],
    host_permissions:
      E2E || SIM ? [...POLYMARKET_HOSTS, 'http://127.0.0.1/*', 'ws://127.0.0.1/*'] : POLYMARKET_HOSTS,
    action: { default_title: 'Polymarket Equilibrage' },
  },
  // The sources AMO asks for: what builds the extension, not test output.
  zip: {
    excludeSources: [
      'tests/e2e/screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '*.log',
    ],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') manifest.browser_specific_settings = FIREFOX_SETTINGS;
    },
  },
  webExt: {
    startUrls: ['https://polymarket.com/'],
    chromiumArgs: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(process.env.DISPLAY ? [] : ['--headless=new']),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  },
});
