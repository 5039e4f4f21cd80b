import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer in Debian's Chromium against the real backend in browser
 * mode (each test starts its own server on a free port with its own data folder, see fixtures.ts).
 * `npm run test:e2e` builds the renderer first.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  // tests/runAll.mjs adds the json reporter on the command line for the CI summary.
  reporter: 'list',
  outputDir: '../../test-results/e2e',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
});
