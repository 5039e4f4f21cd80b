import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';
import { pseudo, untranslatedText, usePseudoLocale } from './untranslated';

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '<v Νίκος>Τι λέτε για την τιμή;',
  '',
  '00:00:05.000 --> 00:00:09.000',
  '<v Ελένη>Η τιμή είναι υψηλή. Η παράδοση άργησε.',
  '',
].join('\n');

/**
 * The Search tab under the pseudo-locale, with the study written in Greek: the empty state, the
 * results with their facts, and the autocode dialog's preview show no text that missed the catalogue.
 */
test('the Search tab, its results and the autocode dialog speak only through the catalogue', async ({ page, app }, testInfo) => {
  const call = backend(app);
  await call('study:create', { title: 'Μελέτη τιμών' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα' });
  const score = await call<{ id: string }>('attributes:create', { name: 'Βαθμός', type: 'score', scaleKind: 'nps' });
  await call('transcripts:importCommit', { sessionId: session.id, ...(await uploadFile(app, 'transcript', 'a.vtt', VTT)), title: 'Αθήνα' });
  const people = await call<{ id: string; displayName: string }[]>('participants:list');
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await call('participants:setSessionRole', { participantId: id('Νίκος'), sessionId: session.id, role: 'moderator' });
  await call('participants:setValue', { participantId: id('Ελένη'), attributeId: score.id, value: 9 });
  await usePseudoLocale(app);
  await page.reload();

  await page.getByRole('tab', { name: new RegExp(pseudo('Search').replace(/[⟦⟧]/g, '\\$&')) }).click();
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);

  await page.getByRole('searchbox').fill('τιμή');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-search');

  await page.getByRole('button', { name: pseudo('Autocode…') }).click();
  await page.getByRole('dialog').getByRole('combobox').first().fill('Τιμή');
  await expect(page.getByRole('dialog').getByRole('listitem')).toHaveCount(1);
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-autocode');
});
