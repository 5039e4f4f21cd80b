import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveBrowserMode } from '../../main/server/index';

const STATIC_DIR = resolve(import.meta.dirname, '../../out/renderer');

export interface RunningApp {
  /** The address with the access token, as `npm run serve` prints it. */
  url: string;
  /** This test's own data folder (settings, backups, Studies/). */
  appDataDir: string;
  studiesDir: string;
  /** Lets the page open `path` by name, as if given on the `npm run serve` command line. */
  grantStudyPath(path: string): void;
}

/**
 * Each test gets its own data folder and its own browser-mode server on a free port, so tests run
 * in parallel without sharing recent lists or study files (like Actual Budget's e2e fixtures).
 * The page is already on the app when the test starts.
 */
export const test = base.extend<{ app: RunningApp }>({
  // `auto`, so a test that never names `app` still starts on a running app.
  app: [
    async ({ page }, use) => {
      const appDataDir = await mkdtemp(join(tmpdir(), 'verbatim-e2e-'));
      const running = await serveBrowserMode({ appDataDir, staticDir: STATIC_DIR, port: 0 });
      try {
        await page.goto(running.server.url);
        await use({
          url: running.server.url,
          appDataDir,
          studiesDir: join(appDataDir, 'Studies'),
          grantStudyPath: (path) => running.backend.grantStudyPath(path),
        });
      } finally {
        await running.close();
        await rm(appDataDir, { recursive: true, force: true });
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a screenshot next to the test's other output (test-results/, not committed). */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}
