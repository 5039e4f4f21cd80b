/**
 * A save that cannot succeed by retrying (the note or memo was deleted elsewhere while the
 * researcher types) stops retrying, says so in plain words, keeps the text on screen and offers it
 * back; a failure that may heal keeps the footer saying one thing.
 */
import type { Page, Request, Route } from '@playwright/test';
import type { LiveSession } from '../../shared/domain/live';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

/** Counts the page's requests on `channel` from now on. */
function countCalls(page: Page, channel: string): () => number {
  let n = 0;
  page.on('request', (request: Request) => {
    if (request.url().endsWith('/api/invoke') && (request.postData() ?? '').includes(`"${channel}"`)) n++;
  });
  return () => n;
}

test('a note deleted in another window while typing: the message, the kept text, and adding it again', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Gone note' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview Split' });
  await page.reload();
  await page.getByRole('button', { name: 'Live notes of session Interview Split' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'New note' }).click();
  await page.keyboard.type('She compares prices ');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const [note] = (await call<LiveSession>('live:get', { sessionId: session.id })).notes;

  // Another window (here: a direct call to the backend) deletes the note; this one types on.
  await call('notes:delete', { id: note!.id });
  const edits = countCalls(page, 'notes:edit');
  await page.keyboard.insertText('in three shops before she buys.');
  const alert = page.getByRole('alert').filter({ hasText: 'This note was deleted in another window' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('textbox', { name: 'Unsaved note text' })).toHaveValue(
    'She compares prices in three shops before she buys.',
  );
  await expect(page.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();
  // No retry: the queue stopped for this note (the old one retried every 1–10 s forever).
  await page.waitForTimeout(2_500);
  expect(edits()).toBe(1);
  await shot(page, testInfo, 'note-gone');

  await alert.getByRole('button', { name: 'Add as a new note' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const after = await call<LiveSession>('live:get', { sessionId: session.id });
  expect(after.notes.map((n) => n.text)).toEqual(['She compares prices in three shops before she buys.']);
  expect(after.notes[0]!.id).not.toBe(note!.id);
  await shot(page, testInfo, 'note-rescued');
});

test('a memo deleted in another window while typing: the message, the kept text, and saving it as a new memo', async ({
  page,
  app,
}, testInfo) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Gone memo' });
  await page.reload();
  await page.getByRole('tab', { name: /Memos/ }).click();
  await page.getByRole('button', { name: 'Write a memo' }).click();
  await page.keyboard.insertText('Families trust the slot ');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const [memo] = await call<{ id: string }[]>('memos:list', { target: { kind: 'project' } });

  await call('memos:delete', { id: memo!.id });
  const saves = countCalls(page, 'memos:save');
  await page.keyboard.insertText('more than the price.');
  const alert = page.getByRole('alert').filter({ hasText: 'This memo was deleted in another window' });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel('Memo text')).toHaveValue('Families trust the slot more than the price.');
  await expect(page.locator('.memo-status')).toHaveText('Not saved');
  await page.waitForTimeout(2_500);
  expect(saves()).toBe(1);
  // Not brought back behind the other window's back.
  expect(await call('memos:list', { target: { kind: 'project' } })).toEqual([]);
  await shot(page, testInfo, 'memo-gone');

  await alert.getByRole('button', { name: 'Save as a new memo' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.memo-status')).toHaveText('Saved');
  const after = await call<{ id: string; body: string }[]>('memos:list', { target: { kind: 'project' } });
  expect(after.map((m) => m.body)).toEqual(['Families trust the slot more than the price.']);
  expect(after[0]!.id).not.toBe(memo!.id);
  await shot(page, testInfo, 'memo-rescued');
});

test('a new memo whose save is being retried says one thing in its footer', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  await call('study:create', { title: 'Memo footer' });
  await page.reload();
  await page.getByRole('tab', { name: /Memos/ }).click();
  await page.getByRole('button', { name: 'Write a memo' }).click();
  const refuse = async (route: Route) => {
    if (!(route.request().postData() ?? '').includes('"memos:save"')) return route.fallback();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'IO_ERROR', message: 'The disk is full.' } }),
    });
  };
  await page.route('**/api/invoke', refuse);
  await page.keyboard.insertText('Slots first.');
  await expect(page.locator('.memo-status')).toHaveText('Not saved — retrying');
  // Not also "Not saved yet" beside it: the status says where the memo stands.
  await expect(page.locator('.memo-foot')).not.toContainText('Not saved yet');
  await shot(page, testInfo, 'memo-retrying-footer');
  await page.unroute('**/api/invoke', refuse);
  await expect(page.locator('.memo-status')).toHaveText('Saved');
  await expect(page.locator('.memo-foot')).toContainText('Last saved');
});
