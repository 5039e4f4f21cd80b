import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { translatorFor } from '../../shared/i18n/translator';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, uploadFile } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/**
 * Editing under the pseudo-locale: the names of undo steps (the Undo and Redo buttons' tooltips, the
 * line that says what was undone) and the refusals of edits (nothing to undo, a code name that is
 * taken) come from the catalogue, not as English sentences made by the backend. The study's data
 * is Greek, as untranslated.ts expects.
 */

const pseudo = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:06.000',
  '<v Άννα>Η παράδοση άργησε και η τιμή ήταν πολύ υψηλή.',
  '',
  '00:00:07.000 --> 00:00:10.000',
  '<v Νίκος>Ο οδηγός ήταν ευγενικός.',
  '',
].join('\n');

async function expectAllTranslated(page: Page, where: string): Promise<void> {
  expect(await untranslatedText(page), where).toEqual([]);
}

async function openTranscript(page: Page, codingTab: RegExp | string = /Coding/): Promise<void> {
  await page.reload();
  await page.getByRole('tab', { name: codingTab }).click();
  // The workspace reopens the transcript it showed last; the first time, it is chosen.
  const open = page.getByRole('button', { name: /Άννα και Νίκος/ });
  await expect(page.locator('.turn').or(open).first()).toBeVisible();
  if (!(await page.locator('.turn').first().isVisible())) await open.click();
  await expect(page.locator('.turn').first()).toBeVisible();
}

/** Selects `text` in the transcript as a user would. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    for (const span of document.querySelectorAll<HTMLElement>('.transcript-list .turn-text [data-o]')) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(text) ?? -1;
      if (node && at >= 0) return document.getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
    }
    throw new Error(`"${text}" is not on screen`);
  }, text);
  await page.waitForTimeout(50);
}

async function renameCode(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: pseudo(`Options for ${from}`), exact: true }).click();
  await page.getByRole('menuitem', { name: pseudo('Rename') }).click();
  const field = page.getByLabel(pseudo(`New name for ${from}`));
  await field.fill(to);
  await field.press('Enter');
}

async function greekCodes(app: RunningApp): Promise<void> {
  const call = backend(app);
  await call('codes:create', { name: 'Παράδοση' });
  await call('codes:create', { name: 'Καθυστέρηση' });
  const price = await call<{ id: string }>('codes:create', { name: 'Τιμή' });
  await call('codes:pin', { id: price.id, pin: 1 });
  await call('memos:save', { target: { kind: 'project' }, title: '', body: 'Δύο συμμετέχοντες το ανέφεραν.' });
}

test('under the pseudo-locale, undo steps and refused edits speak through the catalogue', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα' });
  await call('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'athina.vtt', VTT)),
    title: 'Άννα και Νίκος',
  });
  await usePseudoLocale(app);
  await openTranscript(page);
  const undo = page.getByRole('button', { name: pseudo('↶ Undo'), exact: true });
  const redo = page.getByRole('button', { name: pseudo('↷ Redo'), exact: true });

  // Nothing done yet: Ctrl+Z is refused, and the refusal is a message.
  await page.locator('.turn').first().focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('alert').filter({ hasText: pseudo('There is nothing to undo.') })).toBeVisible();
  await expectAllTranslated(page, 'nothing to undo');
  await page.getByRole('button', { name: pseudo('Dismiss message') }).click();

  // Steps made elsewhere (the last one an untitled memo) are named when the workspace opens.
  await greekCodes(app);
  await openTranscript(page);
  await expect(undo).toHaveAttribute('title', new RegExp(pseudo('Add memo “Untitled”')));
  await expectAllTranslated(page, 'an untitled memo to undo');

  // Rename a code in the codebook: the Undo button names the step, the names as typed.
  await renameCode(page, 'Παράδοση', 'Παράδοση και χρόνος');
  await expect(page.getByRole('treeitem', { name: 'Παράδοση και χρόνος', exact: true })).toBeVisible();
  await expect(undo).toHaveAttribute('title', new RegExp(pseudo('Rename “Παράδοση” to “Παράδοση και χρόνος”')));
  await expectAllTranslated(page, 'a rename to undo');

  // Code a passage with the pinned number key, undo it with the button, and see the step named.
  await page.locator('.turn').first().click();
  await selectText(page, 'η τιμή ήταν πολύ υψηλή');
  await page.keyboard.press('1');
  const coded = pseudo('Code “η τιμή ήταν πολύ υψηλή” as Τιμή');
  await expect(undo).toHaveAttribute('title', new RegExp(coded));
  await undo.click();
  await expect(page.locator('.coding-status')).toHaveText(pseudo(`Undone: ${coded}`));
  await expect(redo).toHaveAttribute('title', new RegExp(coded));
  await expect(undo).toHaveAttribute('title', new RegExp(pseudo('Rename “Παράδοση” to “Παράδοση και χρόνος”')));
  await expectAllTranslated(page, 'a coding undone, to redo');
  await redo.click();
  await expect(page.locator('.coding-status')).toHaveText(pseudo(`Redone: ${coded}`));
  await expectAllTranslated(page, 'a coding redone');

  // A sibling with the name taken: the refusal, with the name as typed, comes from the catalogue.
  await renameCode(page, 'Καθυστέρηση', 'Τιμή');
  await expect(page.getByRole('alert').filter({ hasText: pseudo('There is already a code "Τιμή" at this level.') })).toBeVisible();
  await shot(page, testInfo, 'name-taken');
  await expectAllTranslated(page, 'a code name that is taken');
});

for (const language of ['hu', 'zh-Hans'] as const) {
  test(`undo steps and a refused rename in ${language} (screenshots to look at: long words, CJK)`, async ({ page, app }, testInfo) => {
    const { t } = translatorFor(language);
    const call = backend(app);
    await call('study:create', { title: 'Έρευνα παραδόσεων' });
    const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα' });
    await call('transcripts:importCommit', {
      sessionId: session.id,
      ...(await uploadFile(app, 'transcript', 'athina.vtt', VTT)),
      title: 'Άννα και Νίκος',
    });
    await greekCodes(app);
    await call('app:setLanguage', { language });
    await openTranscript(page, t('common.coding'));
    await page.locator('.turn').first().click();
    await selectText(page, 'η τιμή ήταν πολύ υψηλή');
    await page.keyboard.press('1');
    const coded = t('editing.stepCode', { quote: 'η τιμή ήταν πολύ υψηλή', code: 'Τιμή' });
    const undo = page.getByRole('button', { name: t('coding.undo'), exact: true });
    await expect(undo).toHaveAttribute('title', t('coding.undoTitle', { action: coded, shortcut: 'Ctrl+Z' }));
    await undo.click();
    await expect(page.locator('.coding-status')).toHaveText(t('coding.announceUndone', { action: coded }));
    await page.getByRole('button', { name: t('common.optionsFor', { name: 'Καθυστέρηση' }), exact: true }).click();
    await page.getByRole('menuitem', { name: t('common.rename') }).click();
    const field = page.getByLabel(t('codebook.renameLabel', { name: 'Καθυστέρηση' }));
    await field.fill('Τιμή');
    await field.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: t('editing.codeNameTaken', { name: 'Τιμή' }) })).toBeVisible();
    await shot(page, testInfo, `undone-and-name-taken-${language}`);
  });
}
