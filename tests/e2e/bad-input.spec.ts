import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { cell, grid } from './helpers';

async function createStudy(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test('opening a file that is not a study says so and keeps the dialog open', async ({ page, app }, testInfo) => {
  // Browser mode offers the .verbatim files of its studies folder: one here is not a study at all.
  await mkdir(app.studiesDir, { recursive: true });
  const notAStudy = join(app.studiesDir, 'notes.verbatim');
  await writeFile(notAStudy, 'just some notes, not a database\n');
  const gone = join(app.studiesDir, 'gone.verbatim');
  await writeFile(gone, '');

  await page.getByRole('button', { name: 'Open study…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open study' });
  await expect(dialog.locator(':focus')).toHaveCount(1); // focus moved into the dialog
  const listed = dialog.getByRole('list', { name: 'Studies to open', exact: true });
  await listed.getByRole('button', { name: /^notes/ }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`${notAStudy} is not a Verbatim study (it is not a SQLite database).`);
  await shot(page, testInfo, 'open-not-a-study');

  // Deleted after the list was shown.
  await rm(gone);
  await listed.getByRole('button', { name: /^gone/ }).click();
  await expect(dialog.getByRole('alert')).toContainText('No study at');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open study…' })).toBeFocused();
});

test('a recent study whose file is gone is greyed out and can be removed from the list', async ({ page, app }, testInfo) => {
  await createStudy(page, 'Moved away');
  await page.getByRole('button', { name: 'Close study' }).click();
  await rm(join(app.studiesDir, 'Moved away.verbatim'));
  await page.reload();

  const recent = page.getByRole('list', { name: 'Recent studies' });
  await expect(recent).toContainText('File not found');
  await expect(recent.getByRole('button', { name: /^Moved away/ })).toHaveCount(0); // nothing to click open
  await shot(page, testInfo, 'recent-missing');
  await recent.getByRole('button', { name: 'Remove Moved away from list' }).click();
  await expect(page.getByText('Studies you open will be listed here.')).toBeVisible();
});

test('a CSV with a broken quote is refused with its line number', async ({ page }, testInfo) => {
  await createStudy(page, 'Broken CSV');
  await page.getByRole('tab', { name: /Participants/ }).click();
  const csv = testInfo.outputPath('broken.csv');
  await writeFile(csv, 'Name,City\nAna,Leeds\n"Ben" Smith,York\n');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(csv);
  await expect(dialog.getByRole('alert')).toHaveText('broken.csv, line 3: unexpected text after a closing quote.');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await shot(page, testInfo, 'import-broken-quote');

  const unclosed = testInfo.outputPath('unclosed.csv');
  await writeFile(unclosed, 'Name,Comment\nAna,fine\nBen,"never closed\nCara,ok\n');
  await dialog.getByLabel('CSV file').setInputFiles(unclosed);
  await expect(dialog.getByRole('alert')).toContainText('line 3: a quoted field opened here is never closed');
});

test('a header-level mapping problem blocks the import until it is fixed', async ({ page }, testInfo) => {
  await createStudy(page, 'Mapping');
  await page.getByRole('tab', { name: /Participants/ }).click();
  const csv = testInfo.outputPath('people.csv');
  await writeFile(csv, 'Person,Segment\nAna,New\nBen,Lapsed\n');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(csv);
  // "Person" is not recognised as the name column, so the backend asks for one.
  await expect(dialog.getByRole('alert')).toContainText('Choose exactly one column as the participant name.');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await shot(page, testInfo, 'import-header-error');
  await dialog.getByLabel('Import column “Person” as').selectOption('name');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('2 participants created');
});

test('a spreadsheet formula in a CSV is stored and shown as plain text', async ({ page }, testInfo) => {
  await createStudy(page, 'Formulas');
  await page.getByRole('tab', { name: /Participants/ }).click();
  const csv = testInfo.outputPath('formula.csv');
  // "Quote" becomes a new text attribute; "Comment" is recognised as the participant's notes.
  await writeFile(csv, 'Name,Quote,Comment\nEve,"=HYPERLINK(""http://x"",""y"")",=1+1\n');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(csv);
  await expect(dialog.getByRole('table', { name: 'Sample rows' })).toContainText('=HYPERLINK("http://x","y")');
  await dialog.getByRole('button', { name: 'Import 1 participant' }).click();
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Done' }).click();

  await expect(await cell(page, 'Eve', 'Quote')).toHaveText('=HYPERLINK("http://x","y")');
  await expect(await cell(page, 'Eve', 'Notes')).toHaveText('=1+1');
  await expect(grid(page).getByRole('link')).toHaveCount(0);
  await shot(page, testInfo, 'formula-as-text');
});

test('browser mode without the access token explains where to find the address', async ({ page, app }, testInfo) => {
  // A new tab has no sessionStorage, so only the token in the printed address would let it in.
  const other = await page.context().newPage();
  await other.goto(new URL('/', app.url).toString());
  await expect(other.getByRole('heading', { name: 'Verbatim can’t reach its data yet' })).toBeVisible();
  await expect(other.getByText('npm run serve')).toBeVisible();
  await other.screenshot({ path: testInfo.outputPath('missing-token.png') });
});
