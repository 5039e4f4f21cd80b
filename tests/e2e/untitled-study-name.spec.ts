import { translatorFor } from '../../shared/i18n/translator';
import { expect, test } from './fixtures';

// The browser speaks Hungarian and the user chose nothing: only the page knows the language, so it
// must tell the backend, which files a title that leaves no file name as "Untitled study" in it.
test.describe('a browser set to Hungarian', () => {
  test.use({ locale: 'hu-HU' });
  const hu = translatorFor('hu');

  test('files a new study titled "???" under the Hungarian "Untitled study"', async ({ page, app }) => {
    await page.reload();
    await page.getByRole('button', { name: hu.t('screens.newStudy') }).click();
    const dialog = page.getByRole('dialog', { name: hu.t('screens.newStudy') });
    await dialog.getByLabel(hu.t('screens.studyTitle')).fill('???');
    await dialog.getByLabel(hu.t('screens.studyTitle')).press('Enter');
    await expect(page.getByRole('heading', { name: '???' })).toBeVisible();
    await expect(page.getByText(`${app.studiesDir}/${hu.t('common.untitledStudy')}.verbatim`)).toBeVisible();
  });
});
