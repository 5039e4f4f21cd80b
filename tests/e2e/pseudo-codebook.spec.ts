import { PSEUDO_CLOSE as C, PSEUDO_OPEN as O } from '../../shared/i18n/catalogue';
import { expect, test } from './fixtures';
import { backend, uploadFile } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/**
 * Under the pseudo-locale, the Sessions tab, the codebook and the Passages view show no text that
 * missed the catalogue, in each of their states: empty, filled, every dialog and menu open, an
 * error shown. The study's data is Greek, as untranslated.ts expects.
 */

const w = (text: string) => `${O}${text}${C}`;

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Άννα>Οι ώρες παράδοσης έχουν πάντα τελειώσει ως την Τρίτη.',
  '',
  '00:00:06.000 --> 00:00:09.000',
  '<v Νίκος>Μένω για την αντιστοίχιση τιμών.',
  '',
].join('\n');

test('the Sessions tab, the codebook and the Passages view speak only through the catalogue', async ({ page, app }) => {
  const call = backend(app);
  await usePseudoLocale(app);
  await call('study:create', { title: 'Μελέτη αγορών' });
  await page.reload();

  // Sessions: empty, the new-session dialog with its error, the discard question.
  await page.getByRole('tab', { name: /Sessions/ }).click();
  await expect(page.locator('.empty-state h3')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.getByRole('button', { name: w('New session') }).click();
  const form = page.getByRole('dialog', { name: w('New session') });
  await form.getByRole('button', { name: w('Add session') }).click();
  await expect(form.getByText(w('Give the session a title.'))).toBeVisible();
  await form.getByLabel(w('Moderator')).fill('Ελένη');
  expect(await untranslatedText(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: w('Discard this new session?') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.getByRole('button', { name: w('Discard session') }).click();

  // A filled study, all in Greek.
  const session = await call<{ id: string }>('sessions:create', {
    kind: 'focus_group',
    title: 'Ομάδα εστίασης Αθήνα',
    date: '2024-05-01',
    place: 'Πειραιάς',
    moderator: 'Ελένη',
    notes: 'Σημειώσεις',
  });
  await call('sessions:create', { kind: 'intercept', title: 'Συνέντευξη στον δρόμο' });
  const nps = await call<{ id: string }>('attributes:create', { name: 'Σύσταση', type: 'score', scaleKind: 'nps' });
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'συνέντευξη.vtt', VTT)),
    title: 'Άννα και Νίκος',
  });
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  await call('participants:setValue', { participantId: people.find((p) => p.displayName === 'Άννα')!.id, attributeId: nps.id, value: 9 });
  const delivery = await call<{ id: string }>('codes:create', {
    name: 'Παράδοση',
    description: { definition: 'Πώς φτάνουν τα ψώνια στην πόρτα.' },
  });
  await call('codes:create', { name: 'Οδηγοί', parentId: delivery.id });
  const price = await call<{ id: string }>('codes:create', { name: 'Τιμή' });
  await call('codes:pin', { id: price.id, pin: 2 });
  const view = await call<{ text: string }>('documents:get', { id: doc.documentId });
  for (const [codeId, phrase] of [
    [delivery.id, 'Οι ώρες παράδοσης'],
    [price.id, 'αντιστοίχιση τιμών'],
  ] as const) {
    const start = view.text.indexOf(phrase);
    await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId });
  }
  await page.reload();

  await page.getByRole('tab', { name: /Sessions/ }).click();
  await expect(page.getByRole('table', { name: w('Sessions') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.getByRole('button', { name: w('Edit session Ομάδα εστίασης Αθήνα') }).click();
  expect(await untranslatedText(page)).toEqual([]);
  await page
    .getByRole('dialog', { name: w('Edit session') })
    .getByRole('button', { name: /Cancel/ })
    .click();
  await page.getByRole('button', { name: w('Delete session Ομάδα εστίασης Αθήνα') }).click();
  await expect(page.getByRole('dialog', { name: w('Delete session?') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page
    .getByRole('dialog', { name: w('Delete session?') })
    .getByRole('button', { name: /Cancel/ })
    .click();

  // The codebook and the Passages view before a code is chosen.
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.getByRole('button', { name: w('Passages'), exact: true }).click();
  await expect(page.getByRole('heading', { name: w('Choose a code to read its passages') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);

  // A code's row menu and each of its dialogs.
  const menu = async (code: string, item: string) => {
    await page.getByRole('button', { name: w(`Options for ${code}`), exact: true }).click();
    await page.getByRole('menuitem', { name: w(item) }).click();
  };
  await page.getByRole('button', { name: w('Options for Παράδοση'), exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await menu('Παράδοση', 'Edit description & colour…');
  const edit = page.getByRole('dialog', { name: w('Edit code “Παράδοση”') });
  await edit.getByLabel(w('Name')).fill('');
  await edit.getByRole('button', { name: w('Save') }).click();
  await expect(edit.getByText(w('A code needs a name.'))).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await edit.getByRole('button', { name: /Cancel/ }).click();

  await menu('Τιμή', 'Pin to another key…');
  expect(await untranslatedText(page)).toEqual([]);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: w('Cancel') })
    .click();

  await menu('Τιμή', 'Merge into…');
  const merge = page.getByRole('dialog', { name: w('Merge “Τιμή” into…') });
  await merge
    .getByRole('option', { name: /^Παράδοση/ })
    .first()
    .click();
  await expect(merge.locator('.merge-summary')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await merge.getByRole('button', { name: w('Cancel') }).click();

  await menu('Παράδοση', 'Split…');
  const split = page.getByRole('dialog', { name: w('Split “Παράδοση”') });
  await split.getByText(w('All passages')).click();
  expect(await untranslatedText(page)).toEqual([]);
  await split.getByRole('button', { name: w('Cancel') }).click();

  await menu('Παράδοση', 'Delete…');
  expect(await untranslatedText(page)).toEqual([]);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Cancel/ })
    .click();

  // The passages of a code, a filter menu open, the export menu open, a filter that hides them all.
  await page.getByRole('treeitem', { name: 'Παράδοση' }).click();
  const passages = page.locator('section.retrieve');
  await expect(passages.getByRole('article')).toHaveCount(1);
  expect(await untranslatedText(page)).toEqual([]);
  await passages.getByRole('button', { name: new RegExp(`^${w('Speaker')}`) }).click();
  expect(await untranslatedText(page)).toEqual([]);
  await passages.getByRole('checkbox').first().check();
  await page.keyboard.press('Escape');
  await passages.getByRole('button', { name: w('Export passages') }).click();
  expect(await untranslatedText(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // A change leaves a toast.
  await menu('Οδηγοί', 'Delete…');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: w('Delete code') })
    .click();
  await expect(page.locator('.toasts')).toContainText('Οδηγοί');
  expect(await untranslatedText(page)).toEqual([]);
});
