import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser's UI language: English by default, French in the `fr` project (playwright.config.ts). */
export interface ExtensionOptions {
  uiLang: string;
}

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** A persistent Chromium context with the test build of the extension loaded (toolchain.md). */
export const test = base.extend<ExtensionFixtures & ExtensionOptions>({
  uiLang: ['en', { option: true }],
  context: async ({ uiLang, viewport, hasTouch, isMobile }, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'equilibrage-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: uiLang,
      // A spec's test.use({ viewport, hasTouch, isMobile }) reaches the persistent context (phone.spec.ts).
      viewport,
      hasTouch,
      isMobile,
      env: { ...process.env, LANGUAGE: uiLang, LANG: uiLang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      args: [
        `--lang=${uiLang}`,
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--disable-gpu',
        '--disable-sync',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-sandbox',
      ],
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * The extension's service worker. On a loaded machine the worker can start before Playwright listens
 * for it; then an extension page sends it a message, which starts it again where Playwright sees it.
 */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 60_000;
  let page: Page | undefined;
  try {
    while (Date.now() < deadline) {
      const existing = context.serviceWorkers()[0];
      if (existing) return existing;
      const started = await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined);
      if (started) return started;
      // Missed, or not started yet: a message from an extension page starts the worker again.
      page ??= await context.newPage();
      await page
        .goto(`chrome-extension://${unpackedExtensionId(EXTENSION_DIR)}/options.html`)
        .then(() =>
          page?.evaluate(() =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).chrome.runtime
              .sendMessage({ channel: 'equilibrage', type: 'status.get', payload: {} })
              .catch(() => undefined),
          ),
        )
        .catch(() => undefined);
    }
    throw new Error('The extension service worker did not start within 60 s.');
  } finally {
    await page?.close();
  }
}
