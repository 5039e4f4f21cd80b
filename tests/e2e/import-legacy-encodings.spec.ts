import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { encodeWithPython } from '../fixtures/encodingSamples';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, grid } from './helpers';

/** A new study with one session, on the tab named. */
async function newStudy(page: Page, app: RunningApp, tab: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Encodings');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Encodings' })).toBeVisible();
  await backend(app)('sessions:create', { kind: 'interview', title: 'Intervju 1', date: '2026-03-02' });
  await page.reload();
  await page.getByRole('tab', { name: tab }).click();
}

test('a Windows-1250 Croatian transcript: the preview says the encoding is a guess, the user switches it, the import keeps Čačak', async ({
  page,
  app,
}, testInfo) => {
  await newStudy(page, app, /Coding/);
  // One word with č: as likely Windows-1252 ("Èaèak") as Windows-1250 for an English-speaking user.
  const file = testInfo.outputPath('intervju.txt');
  await writeFile(file, encodeWithPython('Moderator: Odakle ste?\nAna: Iz Čačka.\n', 'windows-1250'));
  await page
    .getByRole('button', { name: /Import transcript/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  await dialog.getByLabel('Session').selectOption({ label: 'Intervju 1 (2026-03-02)' });
  await dialog.getByLabel('Transcript file').setInputFiles(file);

  const turns = dialog.getByRole('list', { name: 'First turns' });
  await expect(dialog.getByLabel('Read as')).toHaveValue('windows-1252');
  await expect(dialog.getByRole('alert')).toContainText('Check the text below before importing.');
  await expect(dialog.getByRole('alert')).toContainText('Central European (Windows-1250) is almost as likely');
  await expect(turns).toContainText('Iz Èaèka.');
  await shot(page, testInfo, 'transcript-weak-encoding');

  await dialog.getByLabel('Read as').selectOption('windows-1250');
  await expect(turns).toContainText('Iz Čačka.');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByText('Read in the encoding you chose.')).toBeVisible();
  await shot(page, testInfo, 'transcript-encoding-switched');

  await dialog.getByRole('button', { name: /^Import 2 turns/ }).click();
  await expect(dialog).toBeHidden();
  const call = backend(app);
  const [doc] = await call<{ id: string }[]>('documents:list', {});
  const view = await call<{ text: string }>('documents:get', { id: doc!.id });
  expect(view.text).toBe('Odakle ste?\n\nIz Čačka.');
});

test('a GBK Chinese participants CSV: detected, switched away and back in the preview, imported as written', async ({
  page,
  app,
}, testInfo) => {
  await newStudy(page, app, /Participants/);
  const csv = testInfo.outputPath('canyuzhe.csv');
  await writeFile(csv, encodeWithPython('姓名,性别,年龄,城市\n王芳,女,34,北京\n李伟,男,41,上海\n', 'gb18030'));
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(csv);

  const sample = dialog.getByRole('table', { name: 'Sample rows' });
  await expect(dialog.getByLabel('Read as')).toHaveValue('gb18030');
  await expect(dialog.getByText(/its letters show it is Chinese Simplified \(GBK \/ GB18030\)/)).toBeVisible();
  await expect(dialog.getByLabel('Import column “姓名” as')).toHaveValue('name');
  await expect(sample).toContainText('王芳');
  await shot(page, testInfo, 'csv-gbk-detected');

  // Read as Western European, the same bytes are nonsense, and the preview shows it.
  await dialog.getByLabel('Read as').selectOption('windows-1252');
  await expect(dialog.getByLabel('Import column “姓名” as')).toHaveCount(0);
  await expect(dialog.getByText('Read in the encoding you chose.')).toBeVisible();
  await shot(page, testInfo, 'csv-read-as-1252');

  await dialog.getByLabel('Read as').selectOption('gb18030');
  await expect(dialog.getByLabel('Import column “姓名” as')).toHaveValue('name');
  await expect(sample).toContainText('李伟');
  await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
  const finished = page.getByRole('dialog', { name: 'Import finished' });
  await expect(finished.getByRole('list', { name: 'Import result' })).toContainText('2 participants created');
  await finished.getByRole('button', { name: 'Done' }).click();
  await expect(grid(page).getByRole('row', { name: /王芳/ })).toBeVisible();
  await expect(grid(page).getByRole('row', { name: /李伟/ })).toContainText('上海');
});
