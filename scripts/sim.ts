/**
 * `npm run sim`: the whole bot offline. Starts the local fake Polymarket with a lively many-market
 * scenario, builds the extension pointed at it, and opens Chromium with the popup and the dashboard.
 * With a display you watch it; without one it runs headless and prints what the passes do.
 *
 *   npm run sim -- [--markets 2000] [--port 8555] [--seconds 0 (run until Ctrl-C)]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startFakePolymarket } from '../tests/fake-polymarket/start-fake-polymarket';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
}

const port = Number(flag('port', '8555'));
const seconds = Number(flag('seconds', '0'));
const fake = await startFakePolymarket({
  port,
  markets: Number(flag('markets', '2000')),
  startTimeMs: Math.floor(Date.now() / 3_600_000) * 3_600_000,
  protocolV2Markets: 3,
  scriptedMarkets: 50,
});
const ticker = setInterval(() => fake.scenario.step(), 1000);
console.info(
  `Fake Polymarket on 127.0.0.1:${port}\n  gamma ${fake.gammaUrl}\n  clob  ${fake.clobUrl}\n  data  ${fake.dataUrl}`,
);

const env = {
  ...process.env,
  WXT_SIM: '1',
  WXT_GAMMA_URL: fake.gammaUrl,
  WXT_CLOB_URL: fake.clobUrl,
  WXT_DATA_URL: fake.dataUrl,
  WXT_CLOB_WS_URL: fake.wsMarketUrl,
};
console.info('Building the extension against the fake…');
execFileSync('npx', ['wxt', 'build'], { env, stdio: 'inherit' });
const extensionDir = path.resolve('.output/chrome-mv3-sim');

const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'equilibrage-sim-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const dashboard = await context.newPage();
await dashboard.goto(`chrome-extension://${id}/dashboard.html`);
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 640 });
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.evaluate(() =>
  (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).chrome.runtime.sendMessage({ channel: 'equilibrage', type: 'pass.run', payload: { pass: 'scan' } }),
);
console.info(
  headless
    ? 'Chromium runs headless (no display): the popup and dashboard are open; screenshots go to .output/sim-*.png every 30 s.'
    : 'Chromium is open: watch the popup and the dashboard. Ctrl-C to stop.',
);

let shots = 0;
const screenshots = headless
  ? setInterval(() => {
      shots++;
      void popup.screenshot({ path: `.output/sim-popup-${shots}.png` });
      void dashboard.screenshot({ path: `.output/sim-dashboard-${shots}.png` });
    }, 30_000)
  : undefined;

async function stop(): Promise<void> {
  clearInterval(ticker);
  if (screenshots) clearInterval(screenshots);
  await context.close().catch(() => undefined);
  await fake.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
if (seconds > 0) setTimeout(() => void stop(), seconds * 1000);
