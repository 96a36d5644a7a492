import { defineConfig } from '@playwright/test';
import type { ExtensionOptions } from './tests/e2e/extension-fixture';

/** Playwright drives the built test extension (.output/chrome-mv3-e2e) in Debian's Chromium. */
export default defineConfig<ExtensionOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'en', testIgnore: '**/*.fr.spec.ts' },
    { name: 'fr', use: { uiLang: 'fr' }, testMatch: '**/*.fr.spec.ts' },
  ],
});
