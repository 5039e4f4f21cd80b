import { readFile } from 'node:fs/promises';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { installFakeBridge } from './desktop';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';
import { pseudo, startBigExportInPseudo, untranslatedText, usePseudoLocale } from './untranslated';

/**
 * The app's frame under the pseudo-locale: the study screen's header, tabs and menus, the new and
 * open study dialogs, the import report, the About dialog, toasts and the progress panel. The study's
 * data is written in Greek, so any Latin or Chinese letter outside the ⟦ ⟧ marks is UI text that
 * missed the catalogue.
 */

/** A study written in Greek, open in the backend, with a few sessions, people and codes. */
async function greekStudy(app: { url: string }) {
  const call = backend(app);
  await call('study:create', { title: 'Μελέτη ταμείου — συνεντεύξεις άνοιξης' });
  await call('sessions:create', { kind: 'interview', title: 'Συνέντευξη με την Ελένη', date: '2026-03-02' });
  await call('sessions:create', { kind: 'focus_group', title: 'Ομάδα εστίασης Αθήνα' });
  await call('participants:create', { displayName: 'Ελένη Παπαδοπούλου', notes: null });
  await call('codes:create', { name: 'Εμπιστοσύνη' });
  await call('codes:create', { name: 'Τιμή' });
  return call;
}

test('the study screen, its menus, the rename field, an export toast and the import report speak only through the catalogue', async ({
  page,
  app,
}, testInfo) => {
  await greekStudy(app);
  await usePseudoLocale(app);
  await page.reload();

  await expect(page.getByRole('tab', { name: new RegExp(pseudo('Sessions').replace(/[⟦⟧]/g, '\\$&')) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Μελέτη ταμείου — συνεντεύξεις άνοιξης' })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-study');

  // Every tab's label (the panels are other areas').
  for (const tab of ['Participants', 'Coding', 'Memos', 'Queries', 'Reports', 'Sessions']) {
    await page.getByRole('tab', { name: new RegExp(`^${PSEUDO_OPEN}${tab}${PSEUDO_CLOSE}`) }).click();
    expect(await untranslatedText(page)).toEqual([]);
  }

  await page.getByRole('button', { name: pseudo('Import'), exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: pseudo('Export'), exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);

  // A codebook export downloads in browser mode and says so in a toast.
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: pseudo('Codebook (.qdc)') }).click();
  const qdc = await (await download).path();
  await expect(page.locator('.toast-message', { hasText: `${PSEUDO_OPEN}Exported ` })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-toast');

  // Renaming the study in place.
  await page.getByRole('button', { name: 'Μελέτη ταμείου — συνεντεύξεις άνοιξης' }).click();
  await expect(page.getByRole('textbox', { name: pseudo('Study title') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The codebook comes back in: the import report (the file's name is data, marked translate="no").
  await page
    .getByLabel(pseudo('Codebook file'))
    .setInputFiles({ name: 'κωδικολόγιο.qdc', mimeType: 'application/xml', buffer: await readFile(qdc) });
  const report = page.getByRole('dialog', { name: pseudo('Import report') });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: new RegExp(`^${PSEUDO_OPEN}Left out`) })).toBeVisible();
  // What each item became is the importer's own text (backend words, which a later step moves to codes).
  await report.locator('.import-list').evaluateAll((lists) => lists.forEach((l) => l.setAttribute('translate', 'no')));
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-import-report');
});

test('the welcome screen with recent studies, the new and open study dialogs, and a form error', async ({ page, app }, testInfo) => {
  const call = await greekStudy(app);
  await call('study:close');
  await usePseudoLocale(app);
  await page.reload();

  await expect(page.getByRole('button', { name: pseudo('New study') })).toBeVisible();
  await expect(page.locator('.recent-title', { hasText: 'Μελέτη ταμείου' })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);

  await page.getByRole('button', { name: pseudo('New study') }).click();
  const create = page.getByRole('dialog', { name: pseudo('New study') });
  await expect(create).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
  await create.getByRole('button', { name: pseudo('Create study') }).click();
  await expect(create.getByRole('alert')).toHaveText(pseudo('Give the study a title.'));
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-new-study');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: pseudo('Open study…') }).click();
  const open = page.getByRole('dialog', { name: pseudo('Open study') });
  await expect(open.getByRole('list', { name: pseudo('Studies to open') }).getByRole('listitem')).toHaveCount(1);
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-open-study');
});

test('the About dialog from the desktop menu', async ({ page, app }) => {
  await usePseudoLocale(app);
  await installFakeBridge(page, app.url);
  await page.goto(new URL('/', app.url).toString());
  await expect(page.getByRole('button', { name: pseudo('New study') })).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { emitForTest: (e: string, p: unknown) => void }).emitForTest('menu:command', { command: 'app:about' }),
  );
  await expect(page.getByRole('dialog', { name: pseudo('About Verbatim') })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
});

test('the progress panel of a long export', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  const panel = await startBigExportInPseudo(page, app);
  // This study was made by the bench's generator, whose data is English: its tab panel is set aside.
  await page.locator('[role=tabpanel]').evaluate((el) => el.setAttribute('translate', 'no'));
  expect(await untranslatedText(page)).toEqual([]);
  await shot(page, testInfo, 'pseudo-progress');
  await panel.getByRole('button', { name: pseudo('Cancel') }).click();
  await expect(panel).toBeHidden();
});

test('a second tab, told the study is open in another window', async ({ page, app }) => {
  await greekStudy(app);
  await usePseudoLocale(app);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Μελέτη ταμείου — συνεντεύξεις άνοιξης' })).toBeVisible();
  const second = await page.context().newPage();
  await second.goto(app.url);
  await expect(second.getByRole('button', { name: pseudo('Take over here') })).toBeVisible();
  expect(await untranslatedText(second)).toEqual([]);
});
