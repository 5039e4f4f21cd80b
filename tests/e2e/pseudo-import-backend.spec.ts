import { encodeWithPython } from '../fixtures/encodingSamples';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';
import { pseudo as w, startBigExportInPseudo, untranslatedText, usePseudoLocale } from './untranslated';

/**
 * The backend's own words under the pseudo-locale: what a transcript reader says it could not carry
 * (its warnings), why a damaged file is refused, why an encoding is a guess, and the stage of a long
 * job in the progress panel. They travel as catalogue ids with values and are said by the UI, so
 * none of them may show a letter outside the ⟦ ⟧ marks. Files and data are written in Greek.
 */

// A file's name is data; the transcript file picker shows it whole.
const FILE_NAMES = ['Verbatim', 'συνέντευξη.vtt', 'χαλασμένο.docx', 'intervju.txt'];

// A VTT whose second cue has a timing no reader understands, and which lacks the WEBVTT line: two
// things the reader cannot carry and says so, with the turns it could read.
const VTT_WITH_PROBLEMS = [
  '00:00:01.000 --> 00:00:05.000',
  '<v Συντονίστρια>Πείτε μου για την τελευταία σας παραγγελία.',
  '',
  '00:00:06.000 --> 0',
  '<v Άννα>Αυτό χάνεται.',
  '',
  '00:00:13.000 --> 00:00:18.000',
  '<v Άννα>Η παράδοση άργησε δύο φορές.',
  '',
].join('\n');

test('a transcript reader’s warnings, a damaged file and a guessed encoding are said in the UI’s language', async ({
  page,
  app,
}, testInfo) => {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  await call('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα', date: '2024-05-01' });
  await usePseudoLocale(app);
  await page.reload();
  await page.getByRole('tab', { name: /Sessions/ }).click();
  await page
    .getByRole('button', { name: w('Add transcript…') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: w('Import a transcript') });
  await dialog.getByLabel(w('Session')).selectOption({ index: 1 });

  // What the reader could not carry: its warnings, each with the line it is about.
  await dialog
    .getByLabel(w('Transcript file'))
    .setInputFiles({ name: 'συνέντευξη.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT_WITH_PROBLEMS) });
  const notes = dialog.locator('.transcript-notes li');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('WEBVTT');
  expect(await untranslatedText(page, FILE_NAMES), 'reading notes').toEqual([]);
  await shot(page, testInfo, 'pseudo-reader-warnings');

  // A damaged file: a .docx whose zip is cut off is refused, with the reason nested in the sentence.
  await dialog
    .getByLabel(w('Transcript file'))
    .setInputFiles({ name: 'χαλασμένο.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 κομμένο') });
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('χαλασμένο.docx');
  await expect(refusal).toContainText('zip');
  expect(await untranslatedText(page, FILE_NAMES), 'damaged file').toEqual([]);

  // A guessed encoding: Croatian in Windows-1250 reads about as well as Windows-1252. The file's own
  // words are in Latin letters, so they are set aside as study data.
  await dialog.getByLabel(w('Transcript file')).setInputFiles({
    name: 'intervju.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(encodeWithPython('Moderator: Odakle ste?\nAna: Iz Čačka.\n', 'windows-1250')),
  });
  await expect(dialog.locator('.encoding-weak .encoding-reason')).toBeVisible();
  for (const data of ['.transcript-sample', '.speaker-table th[scope=row]', '.transcript-source input']) {
    await dialog.locator(data).evaluateAll((els) => els.forEach((el) => el.setAttribute('translate', 'no')));
  }
  expect(await untranslatedText(page, FILE_NAMES), 'weak encoding').toEqual([]);
});

const CSV = ['Όνομα,Ηλικία', 'Άννα,34', 'Νίκος,σαράντα', 'Άννα,41'].join('\n');

test('a participants CSV’s mapping and row problems are said in the UI’s language', async ({ page, app }) => {
  await backend(app)('study:create', { title: 'Έρευνα παραδόσεων' });
  await usePseudoLocale(app);
  await page.reload();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await page.getByRole('button', { name: w('Import CSV…') }).click();
  const dialog = page.getByRole('dialog', { name: w('Import participants from CSV') });
  await dialog.getByLabel(w('CSV file')).setInputFiles({ name: 'συμμετέχοντες.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  // A mapping problem: no column holds the names.
  await dialog.getByLabel(w('Import column “Όνομα” as')).selectOption('ignore');
  await expect(dialog.locator('.banner-error li')).toHaveCount(1);
  expect(await untranslatedText(page, ['Verbatim', 'συμμετέχοντες.csv']), 'mapping problem').toEqual([]);
  // Row problems: a value that is not a number, a name twice.
  await dialog.getByLabel(w('Import column “Όνομα” as')).selectOption('name');
  await dialog.getByLabel(w('Import column “Ηλικία” as')).selectOption('new');
  await dialog.getByLabel(w('Type of new attribute “Ηλικία”')).selectOption('number');
  await expect(dialog.getByRole('list', { name: w('Rows with problems') }).locator('li')).toHaveCount(2);
  expect(await untranslatedText(page, ['Verbatim', 'συμμετέχοντες.csv']), 'row problems').toEqual([]);
});

// A codebook with things Verbatim cannot carry as they are: a "/" in a code name, a colour that is
// not one, a folder code and a code set. Names in Greek; the colour is the file's data.
const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Δοκιμή"><Codes>
<Code guid="${g(1)}" name="Τιμή/Κόστος" isCodable="true" color="#ζζζζζζ"/>
<Code guid="${g(2)}" name="Φάκελος" isCodable="false"><Code guid="${g(3)}" name="Παράδοση" isCodable="true"/></Code>
</Codes><Sets><Set guid="${g(4)}" name="Ομάδα"/></Sets></CodeBook>`;

test('what a codebook import could not carry is said in the UI’s language', async ({ page, app }, testInfo) => {
  await backend(app)('study:create', { title: 'Έρευνα παραδόσεων' });
  await usePseudoLocale(app);
  await page.reload();
  await page
    .getByLabel(w('Codebook file'))
    .setInputFiles({ name: 'κωδικολόγιο.qdc', mimeType: 'application/xml', buffer: Buffer.from(QDC) });
  const report = page.getByRole('dialog', { name: w('Import report') });
  await expect(report).toBeVisible();
  await expect(report.locator('.import-list-dropped li')).toHaveCount(1);
  await expect(report.locator('.import-list:not(.import-list-dropped) li')).toHaveCount(3);
  expect(await untranslatedText(page, ['Verbatim', 'κωδικολόγιο.qdc']), 'import report').toEqual([]);
  await shot(page, testInfo, 'pseudo-import-report-entries');
});

test('the stage of a long job is said in the UI’s language', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  const panel = await startBigExportInPseudo(page, app);
  // The stage the backend reports, not the panel's own "starting" words.
  await expect(panel.locator('.progress-panel-stage')).toHaveText(/Reading the study|Writing the project file|Compressing/);
  // This study was made by the bench's generator, whose data is English: its tab panel is set aside.
  await page.locator('[role=tabpanel]').evaluate((el) => el.setAttribute('translate', 'no'));
  expect(await untranslatedText(page), 'progress stage').toEqual([]);
  await shot(page, testInfo, 'pseudo-progress-stage');
  await panel.getByRole('button', { name: w('Cancel') }).click();
  await expect(panel).toBeHidden();
});
