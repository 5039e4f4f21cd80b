import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { throwIfCancelled } from '../../main/jobs/control';
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
  /**
   * From now on every job the page follows does its real work, then waits until it is cancelled
   * (or `maxMs` passes) before it answers: a test of Cancel is then never too late, however fast
   * the machine finishes the work. Cancelling mid-work is the backend's own tests' business.
   */
  holdJobsUntilCancelled(maxMs?: number): void;
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
          holdJobsUntilCancelled: (maxMs = 60_000) => {
            const jobs = running.backend.context.jobs;
            const follow = jobs.follow.bind(jobs);
            jobs.follow = (jobId, work) =>
              follow(jobId, async (control) => {
                const value = await work(control);
                await untilAborted(control.signal, maxMs);
                throwIfCancelled(control, 'export');
                return value;
              });
          },
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

function untilAborted(signal: AbortSignal | undefined, maxMs: number): Promise<void> {
  if (!signal || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Saves a screenshot next to the test's other output (test-results/, not committed). */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}
