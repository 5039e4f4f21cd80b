import { join } from 'node:path';
import { expect, shot, test } from './fixtures';

/**
 * Browser mode: a participant CSV dropped on its dialog is uploaded like a chosen one (the page sends
 * the bytes, never a path), and a file over the limit the dialog states is refused before it is sent.
 */
test('a CSV dropped on the import dialog is uploaded and imported; one over the stated limit is refused', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Drops');
  await page.getByLabel('Study title').press('Enter');
  await page.getByRole('tab', { name: /Participants/ }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await expect(dialog.getByText('Up to 20 MB.')).toBeVisible();
  await expect(dialog.getByText('No file chosen')).toBeVisible();
  await shot(page, testInfo, 'csv-import-empty');

  const drop = async (name: string, size: number | null) => {
    const files = await page.evaluateHandle(
      ([fileName, bytes]) => {
        const data = new DataTransfer();
        const body = bytes === null ? 'Name,City\nOda,Bergen\nIvo,Split\nZsófia,Pécs\n' : new Uint8Array(bytes);
        data.items.add(new File([body], fileName, { type: 'text/csv' }));
        return data;
      },
      [name, size] as const,
    );
    await dialog.locator('.csv-import').dispatchEvent('dragover', { dataTransfer: files });
    await dialog.locator('.csv-import').dispatchEvent('drop', { dataTransfer: files });
  };

  await drop('everything.csv', 20 * 1024 * 1024 + 1);
  await expect(dialog.getByRole('alert')).toHaveText(
    'everything.csv is larger than 20 MB, more than Verbatim imports. Nothing was imported.',
  );
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await drop('people.csv', null);
  await expect(dialog.getByText(/people\.csv \(1 KB\)/)).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await shot(page, testInfo, 'csv-import-dropped');
  await dialog.getByRole('button', { name: 'Import 3 participants' }).click();
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('3 participants created');
});

test('the transcript dialog shows the chosen file, its size and the limit', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Transcript dialog');
  await page.getByLabel('Study title').press('Enter');
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page
    .getByRole('button', { name: /Import transcript/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  await expect(dialog.getByText('Up to 60 MB.')).toBeVisible();
  await dialog.getByLabel('Transcript file').setInputFiles(join(import.meta.dirname, '../fixtures/transcripts/teams_modern.vtt'));
  await expect(dialog.getByText(/teams_modern\.vtt \(\d+ KB\)/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choose another file…' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 5 turns' })).toBeEnabled();
  await shot(page, testInfo, 'transcript-import-chosen');
});
