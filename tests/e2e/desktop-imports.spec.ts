import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { desktopTest as test } from './desktop';
import { shot } from './fixtures';
import { backend } from './helpers';

test('in the desktop app imports take the file from the open dialog: no file picker in the page, no path from it', async ({
  page,
  desktop,
}, testInfo) => {
  const pickers: string[] = [];
  page.on('filechooser', () => pickers.push('page file picker'));
  const call = backend(desktop.url);

  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  const title = (await call<{ title: string }>('study:current')).title;

  // Export the project and the codebook (to where the save dialog says), to import them back.
  for (const item of ['REFI-QDA project (.qdpx)', 'Codebook (.qdc)']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  }
  const qdpx = join(desktop.saveDir, `${title}.qdpx`);
  const qdc = join(desktop.saveDir, `${title}.qdc`);
  await expect.poll(() => existsSync(qdc)).toBe(true);

  await test.step('Import ▸ Codebook: the open dialog answers, the report follows', async () => {
    desktop.nextOpenAnswer = qdc;
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Codebook (.qdc)…' }).click();
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByText(/matched codes of this study by GUID/)).toBeVisible();
    await shot(page, testInfo, 'desktop-import-codebook');
    await report.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await test.step('cancelling the open dialog imports nothing and says nothing', async () => {
    desktop.nextOpenAnswer = null;
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Codebook (.qdc)…' }).click();
    await page.waitForTimeout(300);
    await expect(page.locator('.toast-error')).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Import report' })).toHaveCount(0);
  });

  await test.step('a project from the welcome screen becomes a new study where the save dialog says', async () => {
    await page.getByRole('button', { name: 'Close study' }).click();
    desktop.nextOpenAnswer = qdpx;
    await page.getByRole('button', { name: 'Import a REFI-QDA project…' }).click();
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByText('Nothing was left out.')).toBeVisible();
    await report.getByRole('button', { name: 'Close', exact: true }).click();
    const created = join(desktop.saveDir, `${title}.verbatim`);
    expect((await call<{ path: string }>('study:current')).path).toBe(created);
    await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(11);
  });

  expect(pickers).toEqual([]);
});

test('in the desktop app a transcript and a participant CSV come from the open dialog too; a drop asks the dialog', async ({
  page,
  desktop,
}, testInfo) => {
  const pickers: string[] = [];
  page.on('filechooser', () => pickers.push('page file picker'));
  const transcript = join(import.meta.dirname, '../fixtures/transcripts/teams_modern.vtt');
  const csv = testInfo.outputPath('people.csv');
  writeFileSync(csv, 'Name,City\nOda,Bergen\nIvo,Split\n');
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();

  await test.step('Import transcript: Choose file… asks the open dialog, and the preview follows', async () => {
    await page.getByRole('tab', { name: /Coding/ }).click();
    await page
      .getByRole('button', { name: /Import transcript/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
    await dialog.getByLabel('Session', { exact: true }).selectOption({ index: 1 });
    desktop.nextOpenAnswer = transcript;
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await expect(dialog.getByText(/teams_modern\.vtt \(\d+ KB\)/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import 5 turns' })).toBeEnabled();
    await shot(page, testInfo, 'desktop-import-transcript');
    // A file dropped on the dialog cannot give the backend a path: the open dialog is asked instead.
    desktop.nextOpenAnswer = null;
    const files = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Ann: hello'], 'dropped.txt', { type: 'text/plain' }));
      return data;
    });
    await dialog.locator('.transcript-import').dispatchEvent('drop', { dataTransfer: files });
    await expect(dialog.getByText(/teams_modern\.vtt/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('Import CSV: Choose file… asks the open dialog, and the import follows', async () => {
    await page.getByRole('tab', { name: /Participants/ }).click();
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
    desktop.nextOpenAnswer = csv;
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
    await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('2 participants created');
  });

  expect(pickers).toEqual([]);
});
