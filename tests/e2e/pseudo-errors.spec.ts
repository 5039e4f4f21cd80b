import Database from 'better-sqlite3';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';
import { pseudo, startBigExportInPseudo, untranslatedText, usePseudoLocale } from './untranslated';

/**
 * The backend's own failures reach the screen in the UI's language: study files that cannot be
 * opened (not a study, from a newer Verbatim, changed outside Verbatim) and a cancelled job. File names are Greek, so any Latin letter outside the ⟦ ⟧ marks is
 * a sentence that did not come through the catalogue.
 */

/** Makes a study through the backend, closes it and changes its file with `change`. */
async function studyFile(app: { url: string; studiesDir: string }, title: string, change: (db: Database.Database) => void): Promise<void> {
  const call = backend(app);
  await call('study:create', { title });
  await call('study:close');
  const db = new Database(join(app.studiesDir, `${title}.verbatim`));
  try {
    change(db);
  } finally {
    db.close();
  }
}

test('study files that cannot be opened say why in the UI language', async ({ page, app }, testInfo) => {
  await studyFile(app, 'Νεότερη μελέτη', (db) => db.pragma('user_version = 9999'));
  await studyFile(app, 'Αλλαγμένη μελέτη', (db) =>
    db.exec('CREATE TABLE ξένος (x); CREATE TRIGGER σβήσιμο AFTER INSERT ON codings BEGIN DELETE FROM documents; END;'),
  );
  await writeFile(join(app.studiesDir, 'Σημειώσεις.verbatim'), 'απλό κείμενο, όχι μελέτη');
  await usePseudoLocale(app);
  await page.reload();

  const cases = [
    { file: 'Σημειώσεις', says: /is not a Verbatim study/ },
    { file: 'Νεότερη μελέτη', says: /saved by a newer version of Verbatim \(schema 9999;/ },
    { file: 'Αλλαγμένη μελέτη', says: /was changed outside Verbatim \(added table "ξένος"; added trigger "σβήσιμο"\)/ },
  ];
  for (const { file, says } of cases) {
    await page.getByRole('button', { name: pseudo('Open study…') }).click();
    const dialog = page.getByRole('dialog', { name: pseudo('Open study') });
    await dialog
      .getByRole('list', { name: pseudo('Studies to open') })
      .getByRole('button', { name: new RegExp(file) })
      .click();
    const alert = page.getByRole('alert').filter({ hasText: says });
    await expect(alert).toBeVisible();
    expect(await untranslatedText(page)).toEqual([]);
    await expect(alert).toContainText(PSEUDO_OPEN);
    await shot(page, testInfo, `pseudo-error-${cases.findIndex((c) => c.file === file)}`);
    await page.keyboard.press('Escape');
  }
});

test('in Chinese, a study from a newer Verbatim says so in Chinese', async ({ page, app }, testInfo) => {
  await studyFile(app, 'Νεότερη μελέτη', (db) => db.pragma('user_version = 9999'));
  await backend(app)('app:setLanguage', { language: 'zh-Hans' });
  await page.reload();
  await page.getByRole('button', { name: '打开研究…' }).click();
  await page
    .getByRole('list', { name: '可打开的研究' })
    .getByRole('button', { name: /Νεότερη/ })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: '由更新版本的 Verbatim 保存（架构 9999；' })).toBeVisible();
  await shot(page, testInfo, 'zh-error-newer-version');
});

test('a cancelled export says so through the catalogue', async ({ page, app }) => {
  test.setTimeout(120_000);
  const panel = await startBigExportInPseudo(page, app);
  await panel.getByRole('button', { name: pseudo('Cancel') }).click();
  await expect(page.getByText(pseudo('The export was cancelled. Nothing was changed.'))).toBeVisible();
  // The study was made by the bench's generator, whose data is English: its tab panel is set aside.
  await page.locator('[role=tabpanel]').evaluate((el) => el.setAttribute('translate', 'no'));
  expect(await untranslatedText(page)).toEqual([]);
});
