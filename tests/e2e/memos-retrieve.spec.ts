import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

async function newStudy(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function rowMenu(page: Page, code: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Options for ${code}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('memos on a code: add, autosave, edit, delete', async ({ page, app }, testInfo) => {
  await newStudy(page, 'Code memos');
  await backend(app)('codes:create', { name: 'Delivery' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  await rowMenu(page, 'Delivery', 'Memo');
  const panel = page.getByRole('region', { name: /Delivery/ }).filter({ has: page.getByRole('button', { name: 'Add memo' }) });
  await expect(panel.getByText('No memos here yet.')).toBeVisible();
  await shot(page, testInfo, 'code-memo-empty');
  // The panel opened for writing: the first memo is one key away, and its text (not the title) takes the cursor.
  await expect(panel.getByRole('button', { name: 'Write the first memo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel('Memo text')).toBeFocused();
  await page.keyboard.type('Three of five families mention Tuesday slots.');
  await panel.getByLabel('Memo title').fill('Slots drive churn');
  // Saved after a pause in typing, without leaving the field.
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await shot(page, testInfo, 'code-memo-saved');

  await panel.getByRole('button', { name: 'Add memo' }).click();
  await expect(panel.getByLabel('Memo text').first()).toBeFocused();
  await panel.getByLabel('Memo title').first().fill('Ask the ops team');
  await panel.getByLabel('Memo text').first().click();
  await expect(panel.getByRole('article')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Close memos' }).click();

  await rowMenu(page, 'Delivery', 'Memo');
  await expect(panel.getByRole('article')).toHaveCount(2);
  const first = panel.getByRole('article', { name: 'Memo: Slots drive churn' });
  await expect(first.getByLabel('Memo text')).toHaveValue('Three of five families mention Tuesday slots.');
  await panel.getByRole('button', { name: 'Delete memo Ask the ops team' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete memo “Ask the ops team”?' });
  await confirm.getByRole('button', { name: 'Delete memo' }).click();
  await expect(panel.getByRole('article')).toHaveCount(1);
});

test('a project memo autosaves and is still there after reopening the study', async ({ page }, testInfo) => {
  await newStudy(page, 'Project memos');
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.getByText('No memos yet')).toBeVisible();
  await shot(page, testInfo, 'project-memos-empty');
  await page.getByRole('button', { name: 'Write a memo' }).click();
  // The cursor is in the memo's text, as in the coding memo panel: the title can wait.
  await expect(page.getByLabel('Memo text')).toBeFocused();
  await page.keyboard.type('Delivery reliability beats price for families.\nSubstitutions feel random.');
  await expect(page.getByLabel('Memo text')).toHaveValue('Delivery reliability beats price for families.\nSubstitutions feel random.');
  await page.getByLabel('Memo title').fill('Emerging themes');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Memos' }).getByRole('button', { name: /Emerging themes/ })).toBeVisible();
  await shot(page, testInfo, 'project-memos-saved');

  // An edit followed at once by closing the study is not lost (saved on blur / unmount).
  await page.getByLabel('Memo text').press('End');
  await page.keyboard.type(' Check the Leeds groups.');
  await page.getByRole('button', { name: 'Close study' }).click();
  await page
    .getByRole('list', { name: 'Recent studies' })
    .getByRole('button', { name: /Project memos/ })
    .click();
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.getByLabel('Memo title')).toHaveValue('Emerging themes');
  // Saves while typing, on blur and on closing never made a second memo.
  await expect(page.getByRole('complementary', { name: 'Memos' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Memo text')).toHaveValue(
    'Delivery reliability beats price for families.\nSubstitutions feel random. Check the Leeds groups.',
  );
  await shot(page, testInfo, 'project-memos-reopened');
});
