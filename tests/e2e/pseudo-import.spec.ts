import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE as C, PSEUDO_OPEN as O } from '../../shared/i18n/catalogue';
import { encodeWithPython } from '../fixtures/encodingSamples';
import { expect, test } from './fixtures';
import { backend } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/**
 * Under the pseudo-locale, the transcript import dialog and the participants CSV import dialog show
 * no text that missed the catalogue: empty, previewed, mapped, with a weak-encoding warning, with
 * an error, and their result. The files are written in Greek, as untranslated.ts expects.
 */

// Only the import dialogs (and the toast an import leaves) are this spec's: the frame around them
// (tabs, the Sessions and Participants screens) is checked by other specs. The backend's own
// sentences (why a file was refused, the reader's notes, a row's problem, why an encoding is a
// guess) stay English until a later step moves them to codes, so they are set aside too.
const SCOPES = ['dialog[open]', '.toast-message'];
const BACKEND_TEXT = [
  '.inline-error',
  '.encoding-reason',
  '.transcript-notes li',
  '.banner-error li',
  '.row-error-list li > span:not(.row-error-line)',
];
// The chosen file's name is a file path (ui/ChosenFile shows it whole in a tooltip), not a message.
const FILE_NAMES = ['Verbatim', 'συνέντευξη.vtt', 'άδειο.vtt', 'intervju.txt', 'συμμετέχοντες.csv', 'sudionici.csv'];

async function untranslatedHere(page: Page, alsoAside: string[] = []): Promise<string[]> {
  await page.evaluate(
    ({ scopes, aside }) => {
      const roots = scopes.flatMap((s) => [...document.querySelectorAll(s)]);
      const setAside = (el: Element) => {
        if (!el.hasAttribute('translate')) el.setAttribute('data-pseudo-aside', '');
        el.setAttribute('translate', 'no');
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (roots.some((r) => r.contains(el) || el.contains(r))) continue;
        setAside(el);
      }
      for (const el of document.querySelectorAll(aside.join(','))) setAside(el);
    },
    { scopes: SCOPES, aside: [...BACKEND_TEXT, ...alsoAside] },
  );
  try {
    return await untranslatedText(page, FILE_NAMES);
  } finally {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-pseudo-aside]')) {
        el.removeAttribute('translate');
        el.removeAttribute('data-pseudo-aside');
      }
    });
  }
}

const w = (text: string) => `${O}${text}${C}`;

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Συντονίστρια>Πείτε μου για την τελευταία σας παραγγελία.',
  '',
  '00:00:06.000 --> 00:00:12.000',
  '<v Άννα>Η παράδοση άργησε δύο φορές.',
  '',
  '00:00:13.000 --> 00:00:18.000',
  '<v Βασίλης>Η εφαρμογή κολλάει συνέχεια.',
  '',
].join('\n');

test('the transcript import dialog speaks only through the catalogue', async ({ page, app }, testInfo) => {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  await call('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα', date: '2024-05-01' });
  await call('participants:create', { displayName: 'Ελένη' });
  await usePseudoLocale(app);
  await page.reload();
  await page.getByRole('tab', { name: /Sessions/ }).click();

  // Empty: no file yet.
  await page
    .getByRole('button', { name: w('Add transcript…') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: w('Import a transcript') });
  await expect(dialog).toBeVisible();
  expect(await untranslatedHere(page), 'empty').toEqual([]);

  // Previewed, with the speakers mapped: a new participant's name, and two speakers on one person.
  await dialog.getByLabel(w('Session')).selectOption({ index: 1 });
  await dialog.getByLabel(w('Transcript file')).setInputFiles({ name: 'συνέντευξη.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
  await expect(dialog.getByRole('list', { name: w('First turns') })).toBeVisible();
  await dialog.getByLabel(w('Speaker “Άννα” is')).selectOption('new');
  await dialog.getByLabel(w('Speaker “Βασίλης” is')).selectOption({ label: 'Ελένη' });
  await dialog.getByLabel(w('Speaker “Συντονίστρια” is')).selectOption({ label: 'Ελένη' });
  await expect(dialog.locator('.speaker-note').first()).toBeVisible();
  expect(await untranslatedHere(page), 'previewed and mapped').toEqual([]);

  // A new session made by the import.
  await dialog.getByLabel(w('Session')).selectOption('new');
  await expect(dialog.getByRole('group', { name: w('New session') })).toBeAttached();
  expect(await untranslatedHere(page), 'new session').toEqual([]);
  await dialog.getByLabel(w('Session')).selectOption({ index: 1 });

  // An error: a file with no turns in it.
  await dialog.getByLabel(w('Transcript file')).setInputFiles({ name: 'άδειο.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n') });
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await untranslatedHere(page), 'error').toEqual([]);

  // A weak encoding: Croatian in Windows-1250 reads about as well as Windows-1252. No Greek text
  // is ambiguous this way, so the file's own words (Latin letters) are set aside as study data.
  await dialog.getByLabel(w('Transcript file')).setInputFiles({
    name: 'intervju.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(encodeWithPython('Moderator: Odakle ste?\nAna: Iz Čačka.\n', 'windows-1250')),
  });
  await expect(dialog.locator('.encoding-weak')).toBeVisible();
  const fileWords = ['.transcript-sample', '.speaker-table th[scope=row]', '.transcript-source input'];
  expect(await untranslatedHere(page, fileWords), 'weak encoding').toEqual([]);
  await dialog.getByLabel(w('Read as')).selectOption('windows-1250');
  await expect(dialog.locator('.encoding-weak')).toHaveCount(0);
  expect(await untranslatedHere(page, fileWords), 'encoding chosen').toEqual([]);
  await testInfo.attach('weak', { body: await page.screenshot(), contentType: 'image/png' });

  // The result: the Greek file imported, and the toast that says so.
  await dialog.getByLabel(w('Transcript file')).setInputFiles({ name: 'συνέντευξη.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
  await expect(dialog.getByRole('list', { name: w('First turns') })).toBeVisible();
  await dialog.locator('.modal-footer, footer').getByRole('button').last().click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.toast-message').first()).toBeVisible();
  expect(await untranslatedHere(page), 'imported').toEqual([]);
});

const CSV = [
  'Όνομα,Ηλικία,Πόλη,Σημειώσεις',
  'Άννα,34,Αθήνα,Πελάτισσα από το 2019',
  'Νίκος,σαράντα,Πάτρα,',
  'Ελένη,41,Θεσσαλονίκη,Συχνές παραγγελίες',
].join('\n');

test('the participants CSV import dialog speaks only through the catalogue', async ({ page, app }) => {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  await call('attributes:create', { name: 'Σύσταση', type: 'score', scaleKind: 'nps' });
  await usePseudoLocale(app);
  await page.reload();
  await page.getByRole('tab', { name: /Participants/ }).click();

  await page.getByRole('button', { name: w('Import CSV…') }).click();
  const dialog = page.getByRole('dialog', { name: w('Import participants from CSV') });
  await expect(dialog).toBeVisible();
  expect(await untranslatedHere(page), 'empty').toEqual([]);

  // Previewed: whatever the columns were first taken for.
  await dialog.getByLabel(w('CSV file')).setInputFiles({ name: 'συμμετέχοντες.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(dialog.getByRole('table', { name: w('Import summary') }).or(dialog.locator('.preview-counts'))).toBeVisible();
  expect(await untranslatedHere(page), 'previewed').toEqual([]);

  // A mapping problem: no column holds the names.
  await dialog.getByLabel(w('Import column “Όνομα” as')).selectOption('ignore');
  await expect(dialog.locator('.banner-error')).toBeVisible();
  expect(await untranslatedHere(page), 'mapping problem').toEqual([]);

  // Mapped: names, a number attribute with a bad row, a score scale, notes.
  await dialog.getByLabel(w('Import column “Όνομα” as')).selectOption('name');
  await dialog.getByLabel(w('Import column “Ηλικία” as')).selectOption('new');
  await dialog.getByLabel(w('Type of new attribute “Ηλικία”')).selectOption('number');
  await dialog.getByLabel(w('Import column “Πόλη” as')).selectOption('new');
  await dialog.getByLabel(w('Type of new attribute “Πόλη”')).selectOption('score');
  await expect(dialog.getByLabel(w('Scale of new attribute “Πόλη”'))).toBeVisible();
  await dialog.getByLabel(w('Type of new attribute “Πόλη”')).selectOption('category');
  await dialog.getByLabel(w('Import column “Σημειώσεις” as')).selectOption('notes');
  await expect(dialog.getByRole('list', { name: w('Rows with problems') })).toBeVisible();
  expect(await untranslatedHere(page), 'mapped, with a bad row').toEqual([]);

  // A weak encoding: a Croatian Windows-1250 CSV (its own words, in Latin letters, set aside).
  await dialog.getByLabel(w('CSV file')).setInputFiles({
    name: 'sudionici.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(encodeWithPython('Ime,Grad\nAna,Čačak\n', 'windows-1250')),
  });
  await expect(dialog.locator('.encoding-weak')).toBeVisible();
  expect(
    await untranslatedHere(page, [
      '.mapping-header',
      '.sample-table td',
      '.sample-table th[scope=col]:not(:first-child):not(:nth-child(2))',
    ]),
    'weak encoding',
  ).toEqual([]);

  // The result.
  await dialog.getByLabel(w('CSV file')).setInputFiles({ name: 'συμμετέχοντες.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await dialog.getByLabel(w('Import column “Όνομα” as')).selectOption('name');
  await expect(dialog.locator('.preview-counts')).toBeVisible();
  await dialog.locator('footer, .modal-footer').getByRole('button').last().click();
  const done = page.getByRole('dialog', { name: w('Import finished') });
  await expect(done).toBeVisible();
  expect(await untranslatedHere(page), 'result').toEqual([]);
});
