import type { Page } from '@playwright/test';
import { encodeWithPython } from '../fixtures/encodingSamples';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend } from './helpers';

/** Croatian with one č: as likely Windows-1252 ("Èaèak") as Windows-1250 by its bytes alone. */
const CROATIAN_TXT = encodeWithPython('Moderator: Odakle ste?\nAna: Iz Čačka.\n', 'windows-1250');
const CROATIAN_CSV = encodeWithPython('Ime,Grad\nAna,Čačak\n', 'windows-1250');

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Συντονίστρια>Πείτε μου για την τελευταία σας παραγγελία.',
  '',
  '00:00:06.000 --> 00:00:12.000',
  '<v Άννα>Η παράδοση άργησε δύο φορές.',
  '',
].join('\n');
const CSV = ['Όνομα,Ηλικία,Πόλη', 'Άννα,34,Αθήνα', 'Νίκος,σαράντα,Πάτρα'].join('\n');

async function studyIn(page: Page, app: RunningApp, language: string): Promise<void> {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  await call('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα', date: '2024-05-01' });
  await call('app:setLanguage', { language });
  await page.reload();
}

/** The two import dialogs, opened the way a person does: by position, whatever the language. */
async function openTranscriptImport(page: Page) {
  await page.getByRole('tab').nth(0).click();
  await page.locator('.toolbar').getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('select').first().selectOption({ index: 1 });
  return dialog;
}
async function openCsvImport(page: Page) {
  await page.getByRole('tab').nth(1).click();
  await page.locator('.toolbar').getByRole('button').first().click();
  return page.getByRole('dialog');
}

test('the UI language breaks encoding near-ties: in Croatian, a Windows-1250 file is read as Windows-1250 at once', async ({
  page,
  app,
}) => {
  await studyIn(page, app, 'hr');
  const transcript = await openTranscriptImport(page);
  await transcript
    .locator('input[type=file]')
    .setInputFiles({ name: 'intervju.txt', mimeType: 'text/plain', buffer: Buffer.from(CROATIAN_TXT) });
  await expect(transcript.locator('.transcript-sample')).toContainText('Iz Čačka.');
  await expect(transcript.locator('.encoding-picker select')).toHaveValue('windows-1250');
  await page.keyboard.press('Escape');
  await expect(transcript).toBeHidden();

  const csv = await openCsvImport(page);
  await csv.locator('input[type=file]').setInputFiles({ name: 'sudionici.csv', mimeType: 'text/csv', buffer: Buffer.from(CROATIAN_CSV) });
  await expect(csv.locator('.sample-table')).toContainText('Čačak');
  await expect(csv.locator('.encoding-picker select')).toHaveValue('windows-1250');
});

for (const language of ['hu', 'zh-Hans'] as const) {
  test(`the import dialogs in ${language} (screenshots to look at: long words, CJK)`, async ({ page, app }, testInfo) => {
    await studyIn(page, app, language);
    const transcript = await openTranscriptImport(page);
    await transcript.locator('input[type=file]').setInputFiles({ name: 'συνέντευξη.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
    await expect(transcript.locator('.transcript-sample')).toBeVisible();
    await transcript.locator('.speaker-table select').first().selectOption('new');
    await shot(page, testInfo, `transcript-import-${language}`);
    await transcript
      .locator('input[type=file]')
      .setInputFiles({ name: 'intervju.txt', mimeType: 'text/plain', buffer: Buffer.from(CROATIAN_TXT) });
    await expect(transcript.locator('.encoding-picker')).toBeVisible();
    await shot(page, testInfo, `transcript-encoding-${language}`);
    await page.keyboard.press('Escape');
    await expect(transcript).toBeHidden();

    const csv = await openCsvImport(page);
    await csv.locator('input[type=file]').setInputFiles({ name: 'συμμετέχοντες.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect(csv.locator('.mapping-table')).toBeVisible();
    await csv.locator('.mapping-table tbody tr').nth(0).locator('select').first().selectOption('name');
    await csv.locator('.mapping-table tbody tr').nth(1).locator('select').first().selectOption('new');
    await csv.locator('.mapping-table tbody tr').nth(1).locator('.mapping-type select').selectOption('number');
    await csv.locator('.mapping-table tbody tr').nth(2).locator('select').first().selectOption('new');
    await csv.locator('.mapping-table tbody tr').nth(2).locator('.mapping-type select').first().selectOption('score');
    await expect(csv.locator('.row-error-list')).toBeVisible();
    await shot(page, testInfo, `csv-import-${language}`);
    await csv.locator('input[type=file]').setInputFiles({ name: 'sudionici.csv', mimeType: 'text/csv', buffer: Buffer.from(CROATIAN_CSV) });
    await expect(csv.locator('.encoding-weak, .encoding-note').first()).toBeVisible();
    await shot(page, testInfo, `csv-encoding-${language}`);
  });
}
