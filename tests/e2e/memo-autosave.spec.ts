/**
 * A memo has the autosave guarantees of a live note (renderer/ui/autosave.ts): a failed save is
 * retried without another keystroke, and continuous typing is saved as it goes, not only once the
 * researcher pauses.
 */
import type { Page, Route } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

type Listed = { title: string; body: string }[];

/** A new study with a new memo open, its text focused; answers the backend caller. */
async function newMemo(page: Page, url: string, title: string) {
  const call = backend(url);
  await call('study:create', { title });
  await page.reload();
  await page.getByRole('tab', { name: /Memos/ }).click();
  await page.getByRole('button', { name: 'Write a memo' }).click();
  await expect(page.getByLabel('Memo text')).toBeFocused();
  return call;
}

test('a memo whose save failed is saved once the backend answers again, without another keystroke', async ({ page, app }, testInfo) => {
  const call = await newMemo(page, app.url, 'Memo retry');
  // The first save fails as a full disk would; later ones reach the backend.
  let refused = 0;
  const refuseOnce = async (route: Route) => {
    if (refused > 0 || !(route.request().postData() ?? '').includes('"memos:save"')) return route.fallback();
    refused++;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'IO_ERROR', message: 'The disk is full.' } }),
    });
  };
  await page.route('**/api/invoke', refuseOnce);
  await page.keyboard.insertText('Families trust the slot more than the price.');
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full.' })).toBeVisible();
  await shot(page, testInfo, 'memo-save-failed');
  await expect(async () => {
    const memos = await call<Listed>('memos:list', { target: { kind: 'project' } });
    expect(memos.map((m) => m.body)).toEqual(['Families trust the slot more than the price.']);
  }).toPass({ timeout: 8_000 });
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full.' })).toHaveCount(0);
});

test('a memo typed without a pause is saved while the typing goes on', async ({ page, app }) => {
  const call = await newMemo(page, app.url, 'Memo typing');
  const saves: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.url().endsWith('/api/invoke') && body.includes('"memos:save"')) saves.push(body);
  });
  // About three seconds of typing, a key every 60 ms: never the pause an idle-only save waits for.
  await page.keyboard.type('Families trust the delivery slot more than the price they pay.', { delay: 60 });
  const duringTyping = saves.length;
  // The exact count depends on the machine's speed; a save only after the typing stops would be 0.
  expect(duringTyping).toBeGreaterThanOrEqual(2);
  await expect(async () => {
    const memos = await call<Listed>('memos:list', { target: { kind: 'project' } });
    expect(memos.map((m) => m.body)).toEqual(['Families trust the delivery slot more than the price they pay.']);
  }).toPass({ timeout: 5_000 });
});
