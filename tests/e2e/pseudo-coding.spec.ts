import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend, uploadFile } from './helpers';
import { untranslatedText, usePseudoLocale } from './untranslated';

/** A UI message as the pseudo-locale shows it. */
const pseudo = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/** An interview in Greek: study data must not look like UI text that missed the catalogue. */
const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Συντονίστρια>Πείτε μου για την τελευταία σας παραγγελία.',
  '',
  '00:00:06.000 --> 00:00:12.000',
  '<v Άννα>Η παράδοση άργησε δύο φορές και η τιμή ήταν πολύ υψηλή.',
  '',
  '00:00:13.000 --> 00:00:18.000',
  '<v Βασίλης>Ο οδηγός ήταν ευγενικός, αλλά η εφαρμογή κολλάει συνέχεια.',
  '',
].join('\n');

/** What the coding and memo screens hold: codes (one on a number key), codings, one orphaned, and memos. */
async function greekStudy(app: RunningApp) {
  const call = backend(app);
  await call('study:create', { title: 'Έρευνα παραδόσεων' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Συνέντευξη Αθήνα' });
  const { documentId } = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'athina.vtt', VTT)),
    title: 'Άννα και Βασίλης',
  });
  const delivery = await call<{ id: string }>('codes:create', { name: 'Παράδοση' });
  const late = await call<{ id: string }>('codes:create', { name: 'Καθυστέρηση', parentId: delivery.id });
  const price = await call<{ id: string }>('codes:create', { name: 'Τιμή' });
  const appCode = await call<{ id: string }>('codes:create', { name: 'Εφαρμογή' });
  await call('codes:pin', { id: price.id, pin: 1 });
  const view = await call<{ text: string }>('documents:get', { id: documentId });
  const code = async (codeId: string, phrase: string) => {
    const start = view.text.indexOf(phrase);
    return call<{ id: string }>('codings:create', { documentId, start, end: start + phrase.length, codeId });
  };
  await code(late.id, 'Η παράδοση άργησε δύο φορές');
  await code(price.id, 'η τιμή ήταν πολύ υψηλή');
  await code(delivery.id, 'Ο οδηγός ήταν ευγενικός');
  for (const word of ['παράδοση', 'άργησε', 'δύο', 'φορές', 'τιμή', 'ήταν']) await code(delivery.id, word);
  const appCoding = await code(appCode.id, 'η εφαρμογή κολλάει συνέχεια');
  await call('memos:save', { target: { kind: 'coding', id: appCoding.id }, title: 'Η εφαρμογή', body: 'Δύο συμμετέχοντες το ανέφεραν.' });
  await call('memos:save', { target: { kind: 'project' }, title: 'Πρώτες σκέψεις', body: 'Η τιμή μετράει λιγότερο από την αξιοπιστία.' });
  // An edit that takes a coding's words away leaves it orphaned: the review banner shows.
  const after = await call<{ rev: number; turnList: { id: string; start: number; end: number }[] }>('documents:get', { id: documentId });
  const last = after.turnList.at(-1)!;
  await call('documents:editTurn', { documentId, turnId: last.id, baseRev: after.rev, text: 'Ο οδηγός ήταν ευγενικός.' });
}

async function expectAllTranslated(page: Page, where: string): Promise<void> {
  expect(await untranslatedText(page), where).toEqual([]);
}

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

test('under the pseudo-locale, the Coding tab and the memos show no text that missed the catalogue', async ({ page, app }) => {
  test.setTimeout(120_000);
  const call = backend(app);
  await call('study:create', { title: 'Κενή έρευνα' });
  await usePseudoLocale(app);
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  // Empty: no transcripts, no memos.
  await expect(page.getByRole('heading', { name: pseudo('Import a transcript to start coding') })).toBeVisible();
  await expectAllTranslated(page, 'coding, empty');
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.getByRole('heading', { name: pseudo('No memos yet') })).toBeVisible();
  await expectAllTranslated(page, 'memos, empty');

  // Filled.
  await greekStudy(app);
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await expect(page.getByRole('heading', { name: pseudo('Choose a transcript to code') })).toBeVisible();
  await expectAllTranslated(page, 'coding, nothing open');

  await page.getByRole('button', { name: /Άννα και Βασίλης/ }).click();
  await expect(page.locator('.turn').first()).toBeVisible();
  await expect(page.locator('.review-banner')).toBeVisible();
  await expectAllTranslated(page, 'transcript open, a coding to review');

  // A coding selected: its actions.
  await page.locator('.coding-main').first().click();
  await expect(page.locator('.coding-actions')).toBeVisible();
  await expectAllTranslated(page, 'coding selected');

  // The code palette, with something to create and a problem.
  await page.locator('.turn').nth(1).click();
  await selectText(page, 'υψηλή');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await expect(palette).toBeVisible();
  await expectAllTranslated(page, 'palette, nothing typed');
  await palette.getByRole('combobox').fill('Καινούργιος');
  await expect(palette.locator('.palette-create')).toBeVisible();
  await expectAllTranslated(page, 'palette, create');
  await palette.getByRole('combobox').fill('Παράδοση/Οδηγός');
  await expect(palette.locator('.palette-path').first()).toBeVisible();
  await expectAllTranslated(page, 'palette, create a sub-code');
  await palette.getByRole('combobox').fill('Πουθενά/Κάτι');
  await expect(palette.locator('.palette-empty')).toBeVisible();
  await expectAllTranslated(page, 'palette, a problem');
  await page.keyboard.press('Escape');

  // Find, with matches and without.
  await page.locator('.turn').nth(1).click();
  await page.keyboard.press('Control+f');
  await page.locator('.find-input').fill('ήταν');
  await expect(page.locator('.find-count')).not.toBeEmpty();
  await expectAllTranslated(page, 'find, matches');
  await page.locator('.find-input').fill('ωωω');
  await expect(page.locator('.find-none')).toBeVisible();
  await expectAllTranslated(page, 'find, no match');
  await page.keyboard.press('Escape');

  // Adjusting a coding's boundaries, and editing a turn.
  await page.locator('.coding-main').first().click();
  await page.locator('.coding-actions button').nth(1).click();
  await expect(page.locator('.adjust-banner')).toBeVisible();
  await expectAllTranslated(page, 'adjust banner');
  await page.locator('.adjust-banner button').nth(1).click();
  await page.locator('.turn').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.turn-editor')).toBeVisible();
  await expectAllTranslated(page, 'turn editor');
  await page.keyboard.press('Escape');

  // A coding's memos: the one written, a new one, and the delete question.
  await page.locator('.memo-mark').first().click();
  await page.locator('.coding-actions button').nth(2).click();
  const memos = page.locator('.memo-panel');
  await expect(memos.locator('.memo')).toHaveCount(1);
  await expectAllTranslated(page, 'memo panel');
  await memos.locator('.memo-delete').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAllTranslated(page, 'memo panel, delete question');
  await page.keyboard.press('Escape');
  await memos.locator('.memo-panel-header .icon-button').click();

  // A transcript with no memo on a coding: the panel's empty state.
  await page.locator('.coding-main').nth(1).click();
  await page.locator('.coding-actions button').nth(2).click();
  await expect(memos.locator('.memo-empty')).toBeVisible();
  await expectAllTranslated(page, 'memo panel, empty');

  // The Memos tab: the list, the filter that finds nothing, the delete question.
  await page.getByRole('tab', { name: /Memos/ }).click();
  await expect(page.locator('.memo-index li')).toHaveCount(2);
  await expectAllTranslated(page, 'memos tab');
  await page.locator('.memo-filters input').fill('ωωω');
  await expect(page.locator('.memo-filter-count')).toBeVisible();
  await expectAllTranslated(page, 'memos tab, nothing matches');
  await page.locator('.memo-filters input').fill('');
  await page.locator('.project-memo-editor .memo-delete').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAllTranslated(page, 'memos tab, delete question');
});

for (const language of ['hu', 'zh-Hans'] as const) {
  test(`the Coding tab and the memos in ${language} (screenshots to look at: long words, CJK)`, async ({ page, app }, testInfo) => {
    await greekStudy(app);
    await backend(app)('app:setLanguage', { language });
    await page.reload();
    await page.getByRole('tab', { name: language === 'hu' ? /Kódolás|Coding/ : /编码|Coding/ }).click();
    await page.getByRole('button', { name: /Άννα και Βασίλης/ }).click();
    await expect(page.locator('.turn').first()).toBeVisible();
    await page.locator('.coding-main').first().click();
    await shot(page, testInfo, `coding-${language}`);

    await page.locator('.turn').nth(1).click();
    await selectText(page, 'υψηλή');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').fill('Παράδοση/Οδηγός');
    await shot(page, testInfo, `palette-${language}`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+f');
    await page.locator('.find-input').fill('ήταν');
    await page.locator('.coding-main').first().click();
    await page.locator('.coding-actions button').nth(2).click();
    await expect(page.locator('.memo-panel .memo')).toHaveCount(1);
    await shot(page, testInfo, `memo-panel-${language}`);

    await page.getByRole('tab', { name: language === 'hu' ? /Memók|Memos/ : /备忘录|Memos/ }).click();
    await expect(page.locator('.memo-index li')).toHaveCount(2);
    await page.locator('.memo-index-item').nth(1).click();
    await shot(page, testInfo, `memos-${language}`);
  });
}
