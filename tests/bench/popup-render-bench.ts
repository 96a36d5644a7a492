import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { atMost, type BenchRow, row } from './support/bench-row';
import { percentile } from './support/stats';

const OUT = path.resolve('.output/chrome-mv3');
const TRIALS = 15;

/**
 * The popup's first render in Debian's Chromium, production build: first contentful paint, and the
 * moment the mode badge (read from IndexedDB) is on screen — both from the page's navigation start.
 */
export async function popupRenderBench(): Promise<BenchRow[]> {
  if (!existsSync(path.join(OUT, 'manifest.json'))) {
    const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`wxt build failed: ${build.stderr.slice(-500)}`);
  }
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(tmpdir(), 'equilibrage-bench-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${OUT}`,
        `--load-extension=${OUT}`,
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-sandbox',
      ],
    },
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const fcp: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < TRIALS + 1; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.getByTestId('mode-badge').filter({ hasText: 'PAPER' }).waitFor();
      const t = await page.evaluate(() => ({
        ready: performance.now(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      await page.close();
      if (i === 0) continue; // the first open also compiles the bundle: reported by the others
      fcp.push(t.fcp);
      ready.push(t.ready);
    }
    const how = `production build in headless Chromium, ${TRIALS} opens of popup.html after one warm-up; from navigation start`;
    return [
      row('extension', 'popup first contentful paint p50', percentile(fcp, 50), 'ms', how, atMost(100, 'ms')),
      row('extension', 'popup first contentful paint p95', percentile(fcp, 95), 'ms', how),
      row(
        'extension',
        'popup with its data (mode badge) p50',
        percentile(ready, 50),
        'ms',
        `${how}; until the badge read from IndexedDB is visible (includes Playwright's polling)`,
      ),
    ];
  } finally {
    await context.close();
  }
}
