import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { grid } from './helpers';

async function createAndClose(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Close study' }).click();
}

test('a study kept in a cloud-synced folder opens with a calm warning', async ({ page, app }, testInfo) => {
  await createAndClose(page, 'Synced');
  const synced = join(app.appDataDir, 'Dropbox', 'Research');
  await mkdir(synced, { recursive: true });
  await rename(join(app.studiesDir, 'Synced.verbatim'), join(synced, 'Synced.verbatim'));
  // Browser mode opens a study outside its folder only when named on the `npm run serve` command line.
  app.grantStudyPath(join(synced, 'Synced.verbatim'));

  await page.getByRole('button', { name: 'Open study…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open study' });
  await dialog
    .getByRole('list', { name: 'Studies to open', exact: true })
    .getByRole('button', { name: /Synced/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Synced' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('synced by Dropbox');
  await shot(page, testInfo, 'synced-folder-warning');
});

test('browser mode offers the studies in its folder to open, and no field to type a path', async ({ page, app }, testInfo) => {
  await createAndClose(page, 'Spring interviews');
  await createAndClose(page, 'Autumn diary study');
  await page.getByRole('button', { name: 'Open study…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open study' });
  const listed = dialog.getByRole('list', { name: 'Studies to open', exact: true });
  await expect(listed.getByRole('button')).toHaveCount(2);
  await expect(listed).toContainText(join(app.studiesDir, 'Spring interviews.verbatim'));
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await shot(page, testInfo, 'open-study-folder-list');
  await listed.getByRole('button', { name: /Spring interviews/ }).click();
  await expect(page.getByRole('heading', { name: 'Spring interviews' })).toBeVisible();
});

test('a recent study that can no longer be opened reports why in the message area', async ({ page, app }, testInfo) => {
  await createAndClose(page, 'Overwritten');
  await writeFile(join(app.studiesDir, 'Overwritten.verbatim'), 'not a database any more');
  await page
    .getByRole('list', { name: 'Recent studies' })
    .getByRole('button', { name: /Overwritten/ })
    .click();
  await expect(page.getByRole('alert')).toContainText('is not a Verbatim study');
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();
  await shot(page, testInfo, 'open-failed-toast');
});

test('an import whose commit fails shows the error and changes nothing', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Clash');
  await page.getByLabel('Study title').press('Enter');
  await page.getByRole('tab', { name: /Participants/ }).click();
  const csv = testInfo.outputPath('people.csv');
  await writeFile(csv, 'Name,City\nAna,Leeds\nBen,York\n');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(csv);
  await expect(dialog.getByRole('button', { name: 'Import 2 participants' })).toBeEnabled();

  // Meanwhile another window of the same backend creates an attribute with the new column's name.
  const created = await page.evaluate(async () => {
    const token = sessionStorage.getItem('verbatim.token');
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel: 'attributes:create', input: { name: 'City', type: 'text' } }),
    });
    return ((await response.json()) as { ok: boolean }).ok;
  });
  expect(created).toBe(true);

  await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('There is already an attribute called "City"');
  // The failed import used the file up: the import stays blocked until the file is chosen again,
  // and its new preview offers the other window's attribute.
  await expect(dialog.getByRole('alert').first()).toContainText('Choose the file again');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByLabel('CSV file').setInputFiles(csv);
  await expect(dialog.getByLabel('Import column “City” as').getByRole('option', { name: 'City (Text)' })).toBeAttached();
  await shot(page, testInfo, 'import-commit-failed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('tab', { name: /Participants/ })).toContainText('0');
  // Read back from the file, not from what the page remembers.
  await page.reload();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await expect(page.getByRole('tab', { name: /Participants/ })).toContainText('0');
  await expect(grid(page).getByRole('columnheader', { name: /^City/ })).toBeVisible(); // the other window's attribute
});
