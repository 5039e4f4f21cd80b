import { userInfo } from 'node:os';
import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE as C, PSEUDO_OPEN as O } from '../../shared/i18n/catalogue';
import { expect, test } from './fixtures';
import { backend, uploadFile } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/**
 * The Participants and Reports tabs under the pseudo-locale: every word the UI shows there comes
 * through the catalogue. The study is written in Greek, so any Latin letter left is a missed string.
 */

/** `⟦text⟧`: a message as the pseudo-locale shows it. */
const p = (text: string) => `${O}${text}${C}`;

/**
 * Text made by shared/reports (section headings, table headers, the front matter, score cards,
 * quote bylines, notes on small n): the report's *content*, written in the report's own language
 * (its Report language setting; the pseudo-locale's reports are English), not the app's. The tab's
 * own words around it are checked.
 */
const REPORT_CONTENT = [
  '.report-front',
  '.report-section > h3',
  '.report-section > .report-note',
  '.report-table-wrap thead',
  '.report-table-wrap td',
  '.report-breakdown-part > h4',
  '.report-drivers > h4',
  '.report-drivers li',
  '.report-drivers > .report-note',
  '.report-drivers .report-table-wrap',
  '.report-score-card',
  '.report-theme-meta',
  '.report-quote footer',
  '.report-question',
  '.report-note-label',
  '.report-section > p',
];

/** The coder filter names who coded: the account the test's backend runs as (study data, not UI). */
const CODER = userInfo().username;

/** Untranslated text anywhere on the page, leaving out the report content above. */
async function leftovers(page: Page): Promise<string[]> {
  await page.evaluate((content) => {
    for (const selector of content) for (const el of document.querySelectorAll(selector)) el.setAttribute('translate', 'no');
  }, REPORT_CONTENT);
  return untranslatedText(page, ['Verbatim', CODER]);
}

async function openTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

test('the Participants and Reports tabs show no text that missed the catalogue', async ({ page, app }) => {
  test.setTimeout(120_000);
  const call = backend(app);
  await call('study:create', { title: 'Μελέτη παράδοσης' });
  await usePseudoLocale(app);
  await page.reload();

  // Empty: no participants, nothing to report.
  await openTab(page, /Participants/);
  await expect(page.getByText(p('No participants yet'))).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  // An error: adding a participant without a name.
  await page.getByRole('button', { name: p('Add participant') }).click();
  await expect(page.getByText(p('Type a name or pseudonym first.'))).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await openTab(page, /Reports/);
  await expect(page.getByText(p('Nothing to report yet'))).toBeVisible();
  expect(await leftovers(page)).toEqual([]);

  // Filled: sessions, attributes of every kind, people with roles, a coded Greek transcript.
  const group = await call<{ id: string }>('sessions:create', {
    kind: 'focus_group',
    title: 'Ομάδα Αθήνα',
    date: '2026-03-14',
    place: 'Αθήνα',
  });
  await call('sessions:create', { kind: 'interview', title: 'Συνέντευξη Πάτρα' });
  const attribute = (name: string, type: string, extra: Record<string, unknown> = {}) =>
    call<{ id: string }>('attributes:create', { name, type, options: [], scaleKind: null, scaleMin: null, scaleMax: null, ...extra });
  const segment = await attribute('Τμήμα', 'category', { options: ['Νέοι', 'Τακτικοί'] });
  const nps = await attribute('Σύσταση', 'score', { scaleKind: 'nps' });
  const age = await attribute('Ηλικία', 'number');
  const since = await attribute('Πελάτης από', 'date');
  await attribute('Βαθμός', 'score', { scaleKind: 'custom', scaleMin: 1, scaleMax: 4 });
  const people: Record<string, string> = {};
  for (const [name, seg, score, years] of [
    ['Ελένη', 'Νέοι', 9, 34.5],
    ['Νίκος', 'Τακτικοί', 3, 51],
    ['Μαρία', 'Τακτικοί', 7, 28],
  ] as const) {
    const { id } = await call<{ id: string }>('participants:create', { displayName: name });
    people[name] = id;
    await call('participants:setValue', { participantId: id, attributeId: segment.id, value: seg });
    await call('participants:setValue', { participantId: id, attributeId: nps.id, value: String(score) });
    await call('participants:setValue', { participantId: id, attributeId: age.id, value: String(years) });
    await call('participants:setValue', { participantId: id, attributeId: since.id, value: '2024-02-01' });
    await call('participants:setSessionRole', { participantId: id, sessionId: group.id, role: 'participant' });
  }
  await call('participants:update', { id: people['Ελένη'], notes: 'Παραγγέλνει κάθε εβδομάδα' });
  const moderator = await call<{ id: string }>('participants:create', { displayName: 'Σοφία' });
  await call('participants:setSessionRole', { participantId: moderator.id, sessionId: group.id, role: 'moderator' });
  const vtt = [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:05.000',
    '<v Σοφία>Πώς σας φάνηκε η παράδοση;',
    '',
    '00:00:06.000 --> 00:00:09.000',
    '<v Ελένη>Ο οδηγός ήρθε νωρίς και ήταν ευγενικός.',
    '',
    '00:00:10.000 --> 00:00:14.000',
    '<v Νίκος>Η τιμή της παράδοσης είναι πολύ ακριβή.',
    '',
    '00:00:15.000 --> 00:00:19.000',
    '<v Μαρία>Η εφαρμογή κολλάει όταν πληρώνω.',
    '',
  ].join('\n');
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: group.id,
    ...(await uploadFile(app, 'transcript', 'ομάδα.vtt', vtt)),
  });
  const { text } = await call<{ text: string }>('documents:get', { id: doc.documentId });
  const codes: Record<string, string> = {};
  codes['Παράδοση'] = (await call<{ id: string }>('codes:create', { name: 'Παράδοση' })).id;
  codes['Οδηγός'] = (await call<{ id: string }>('codes:create', { name: 'Οδηγός', parentId: codes['Παράδοση'] })).id;
  codes['Τιμή'] = (await call<{ id: string }>('codes:create', { name: 'Τιμή' })).id;
  const code = async (name: string, phrase: string) => {
    const start = text.indexOf(phrase);
    await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId: codes[name] });
  };
  await code('Οδηγός', 'Ο οδηγός ήρθε νωρίς');
  await code('Παράδοση', 'Ο οδηγός ήρθε νωρίς');
  await code('Τιμή', 'Η τιμή της παράδοσης είναι πολύ ακριβή');
  await code('Παράδοση', 'Η τιμή της παράδοσης');
  await code('Τιμή', 'Η εφαρμογή κολλάει');
  await call('reports:save', {
    definition: {
      title: 'Αναφορά θεμάτων',
      quotes: { attributeIds: [segment.id, nps.id], perTheme: 3, onePerParticipant: false, includeNotes: true },
    },
  });
  await page.reload();

  // The grid, filtered, with a cell being edited, a header menu open, and each dialog.
  await openTab(page, /Participants/);
  const grid = page.getByRole('grid', { name: p('Participants') });
  await expect(grid.getByRole('gridcell', { name: 'Ελένη', exact: true })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.getByRole('searchbox', { name: p('Filter participants') }).fill('Ελένη');
  await expect(grid.getByRole('row')).toHaveCount(2);
  expect(await leftovers(page)).toEqual([]);
  await page.getByRole('searchbox', { name: p('Filter participants') }).fill('');
  await grid.getByRole('gridcell', { name: 'Ελένη', exact: true }).dblclick();
  await expect(page.getByRole('textbox', { name: p('Name of Ελένη') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: p('Options for Τμήμα') }).click();
  await expect(page.getByRole('menuitem', { name: p('Rename or edit values…') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.getByRole('menuitem', { name: p('Rename or edit values…') }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel(p('Name')).fill('');
  await edit.getByRole('button', { name: p('Save') }).click();
  await expect(edit.getByRole('alert')).toHaveText(p('Give the attribute a name.'));
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: p('Options for Σύσταση') }).click();
  await page.getByRole('menuitem', { name: p('Delete attribute…') }).click();
  await expect(page.getByRole('dialog', { name: p('Delete attribute?') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: p('Add attribute') }).click();
  const add = page.getByRole('dialog', { name: p('Add attribute') });
  for (const type of ['Category', 'Score scale']) {
    await add.getByText(p(type), { exact: true }).click();
    expect(await leftovers(page)).toEqual([]);
  }
  await add.getByLabel(p('Scale')).selectOption('custom');
  await add.getByRole('button', { name: p('Add attribute') }).click();
  await expect(add.getByRole('alert')).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: p('Sessions of Σοφία') }).click();
  await expect(page.getByRole('dialog', { name: p('Sessions of Σοφία') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: p('Delete participant Μαρία') }).click();
  await expect(page.getByRole('dialog', { name: p('Delete participant?') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The report: builder, sections, the code picker, snapshots (list, comparison, one open), export menu.
  await openTab(page, /Reports/);
  await expect(page.locator('.report-front')).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.getByText(p('Pick codes')).click();
  await page.getByRole('searchbox', { name: p('Filter codes') }).fill('ζζζ');
  await expect(page.getByText(p('No code matches “ζζζ”.'))).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await page.getByText(p('All codes')).click();
  await page.getByText(p('Only some sessions'), { exact: true }).click();
  await page
    .getByRole('list', { name: p('Sessions to include') })
    .getByText('Ομάδα Αθήνα')
    .click();
  await expect(page.locator('.report-details summary')).toHaveText(p('Only some sessions (1 chosen)'));
  expect(await leftovers(page)).toEqual([]);

  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: p('Generate snapshot') }).click();
    await expect(page.getByText(p('Snapshot generated. Find it under Snapshots.'))).toBeVisible();
  }
  expect(await leftovers(page)).toEqual([]);
  await page.getByRole('button', { name: p('Snapshots') }).click();
  const snapshots = page.getByRole('dialog', { name: p('Snapshots') });
  const ticks = snapshots.getByRole('checkbox');
  await ticks.nth(0).check();
  await ticks.nth(1).check();
  await snapshots.getByRole('button', { name: p('Compare the two ticked') }).click();
  await expect(snapshots.getByRole('table', { name: p('Comparison') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
  await snapshots
    .getByRole('button', { name: p('Open') })
    .first()
    .click();
  await expect(page.getByRole('button', { name: p('Back to the builder') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);

  await page.getByRole('button', { name: p('Export report') }).click();
  await expect(page.getByRole('menuitem', { name: p('PDF') })).toBeVisible();
  expect(await leftovers(page)).toEqual([]);
});
