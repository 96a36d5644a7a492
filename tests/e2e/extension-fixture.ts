import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';

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
  context: async ({ uiLang }, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'equilibrage-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: uiLang,
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
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
