/**
 * The desktop window's side of "closing saves first", in Chromium: a fake preload bridge
 * (`window.api`, as in electron-menu.spec.ts) makes the renderer behave as in Electron. There a
 * prevented beforeunload cancels the close without a prompt (main never allows will-prevent-unload);
 * here Chromium asks, and dismissing its prompt stands for that. `window.close()` is recorded, since
 * in Electron it is what closes the window once the notes are saved.
 */
import type { Page } from '@playwright/test';
import type { LiveSession } from '../../shared/domain/live';
import { expect, test } from './fixtures';
import { installFakeBridge } from './desktop';
import { backend } from './helpers';

declare global {
  interface Window {
    closeCalls?: number;
    emitForTest?: (event: string, payload: unknown) => void;
  }
}

async function asDesktop(page: Page, url: string): Promise<void> {
  await installFakeBridge(page, url);
  // A script string, not a function: nothing of the test's transpiled code travels into the page.
  await page.addInitScript({ content: 'window.closeCalls = 0; window.close = () => { window.closeCalls += 1; };' });
  await page.goto(new URL('/', url).toString());
}

/** Opens the session live, starts the clock, types and waits for the save, then types `tail` (unsaved). */
async function typeUnsaved(page: Page, session: string, tail: string): Promise<void> {
  await page.getByRole('button', { name: `Live notes of session ${session}` }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'New note' }).click();
  await page.keyboard.type('Saved part. ');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.keyboard.type(tail);
}

test('closing the desktop window with an unsaved note holds the close, saves, then closes', async ({ page, app }) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Desktop close' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview Hull' });
  await asDesktop(page, app.url);
  const tail = 'and the last words before the window closed.';
  await typeUnsaved(page, 'Interview Hull', tail);

  const prompts: string[] = [];
  page.once('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.dismiss(); // Electron: the close is cancelled, silently
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.evaluate(() => window.closeCalls)).toBe(1);
  expect(prompts).toEqual(['beforeunload']);
  const live = await call<LiveSession>('live:get', { sessionId: session.id });
  expect(live.notes.map((n) => n.text)).toEqual([`Saved part. ${tail}`]);

  // The close that window.close() starts goes through: nothing is held any more.
  page.once('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.dismiss();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(prompts).toEqual(['beforeunload']);
});

test('closing the study from the menu (Ctrl/Cmd+W) with an unsaved note saves it first', async ({ page, app }) => {
  const call = backend(app.url);
  const study = await call<{ path: string }>('study:create', { title: 'Menu close' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview Derby' });
  await asDesktop(page, app.url);
  const tail = 'closing the study mid-sentence keeps this.';
  await typeUnsaved(page, 'Interview Derby', tail);

  await page.evaluate(() => window.emitForTest!('menu:command', { command: 'study:close' }));
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();
  await call('study:open', { path: study.path });
  const live = await call<LiveSession>('live:get', { sessionId: session.id });
  expect(live.notes.map((n) => n.text)).toEqual([`Saved part. ${tail}`]);
});
