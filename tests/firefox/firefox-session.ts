import { mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3-e2e');
export const FIREFOX_SCREENSHOTS = path.resolve('tests/e2e/screenshots');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id (wxt.config.ts). */
export const GECKO_ID = 'polymarket-equilibrage@equilibrage';
/**
 * Firefox gives every installed extension a random moz-extension://<uuid>/ per profile and keeps the
 * map in the pref `extensions.webextensions.uuids`: the test presets it, so the pages' address is known.
 */
export const EXTENSION_UUID = '3f0c2a5e-6b1d-4c8e-9a7f-0e1d2c3b4a59';
export const extensionUrl = (page: string) => `moz-extension://${EXTENSION_UUID}/${page}`;

export interface FirefoxSession {
  browser: Browser;
  /** Open one of the extension's pages in a new tab and wait until it has rendered `ready`. */
  openExtensionPage(page: string, ready?: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with the test build installed as a temporary
 * add-on. `--remote-allow-system-access` lets BiDi navigate a tab to moz-extension:// pages.
 */
export async function startFirefox(): Promise<FirefoxSession> {
  mkdirSync(FIREFOX_SCREENSHOTS, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
      'alerts.useSystemBackend': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  return {
    browser,
    async openExtensionPage(name, ready = 'main') {
      const page = await browser.newPage();
      // Firefox loads extension pages in the extension process; BiDi does not report that navigation
      // as finished to Puppeteer, so the page is awaited by its content instead of by goto().
      void page.goto(extensionUrl(name), { waitUntil: 'domcontentloaded' }).catch(() => undefined);
      await waitFor(
        `${name} shows ${ready}`,
        () =>
          page.evaluate((selector) => `${location.href} ${document.querySelector(selector) !== null}`, ready),
        (seen) => seen === `${extensionUrl(name)} true`,
        30_000,
      );
      return page;
    },
    close: () => browser.close(),
  };
}

/** Poll `read` until `done` holds for its value (no fixed sleeps); the last value is in the error. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${what}: not reached in ${timeoutMs} ms (last ${JSON.stringify(last)} ${String(error ?? '')})`,
  );
}
