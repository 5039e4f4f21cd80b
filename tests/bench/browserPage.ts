// The browser side of the UI benches: the built renderer served in browser mode, opened in
// Debian's Chromium with a study already open.
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveBrowserMode } from '../../main/server/index';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const STATIC_DIR = resolve(import.meta.dirname, '../../out/renderer');

/** False when Chromium or the built renderer is missing (a bench then says so instead of failing). */
export function canRunBrowserBench(): boolean {
  return existsSync(CHROMIUM) && existsSync(join(STATIC_DIR, 'index.html'));
}

/** Runs `use` on a page showing the study at `studyPath`; the server and browser go away afterwards. */
export async function withStudyPage<T>(appDataDir: string, studyPath: string, use: (page: Page) => Promise<T>): Promise<T> {
  const app = await serveBrowserMode({ appDataDir, staticDir: STATIC_DIR });
  app.backend.grantStudyPath(studyPath); // as if named on the `npm run serve` command line
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a __name() helper that page.evaluate's copies would miss.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(app.server.url);
    await page.evaluate(
      async ({ path, token }) => {
        await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ channel: 'study:open', input: { path } }),
        });
      },
      { path: studyPath, token: app.server.token },
    );
    await page.reload();
    return await use(page);
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Rounded to a tenth of a millisecond, as the bench table prints times. */
export const round = (x: number) => Math.round(x * 10) / 10;
export const p95 = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!);
export const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
