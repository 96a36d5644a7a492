import { defineConfig } from '@playwright/test';

/** Playwright drives the built test extension (.output/chrome-mv3-e2e) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
