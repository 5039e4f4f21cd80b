import { defineConfig } from '@playwright/test';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
/** Specs about how rows are laid out, and the look of each screen in other languages, run with the scrollbars users see (see the project below). */
const LAYOUT_SPECS = /(-layout|look-languages)\.spec\.ts$/;

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
    launchOptions,
  },
  projects: [
    { name: 'chromium', testIgnore: LAYOUT_SPECS },
    {
      // Headless Chromium hides scrollbars (Playwright adds --hide-scrollbars), so a list never
      // loses width when it starts to scroll, and a whole class of layout bugs (rows drawn over
      // each other once the notes list grows a scrollbar) cannot show. These specs get real ones.
      name: 'real-scrollbars',
      testMatch: LAYOUT_SPECS,
      use: { launchOptions: { ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } },
    },
  ],
});
