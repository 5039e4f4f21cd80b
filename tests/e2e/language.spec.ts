import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { expect, shot, test } from './fixtures';
import { untranslatedText, usePseudoLocale } from './untranslated';

test('the language follows the browser until the user picks one, which is remembered', async ({ page }, testInfo) => {
  await page.reload();
  // The test browser speaks English; the page says so.
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const picker = page.getByLabel('Language');
  await expect(picker.locator('option:checked')).toHaveText('Same as the system (English)');

  await picker.selectOption('nb');
  await expect(page.getByRole('button', { name: 'Ny studie' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.getByLabel('Språk').selectOption('zh-Hans');
  await expect(page.getByRole('button', { name: '新建研究' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await shot(page, testInfo, 'welcome-zh-Hans');

  // Remembered by the app, not the page.
  await page.reload();
  await expect(page.getByRole('button', { name: '新建研究' })).toBeVisible();

  // Back to following the system.
  await page.getByLabel('语言').selectOption('');
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();
});

test.describe('a browser set to Norwegian', () => {
  test.use({ locale: 'nb-NO' });
  test('opens in Norwegian', async ({ page }) => {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Ny studie' })).toBeVisible();
    await expect(page.getByLabel('Språk').locator('option:checked')).toHaveText('Som systemet (Norsk bokmål)');
  });
});

test('under the pseudo-locale, the welcome screen shows no text that missed the catalogue', async ({ page, app }) => {
  await usePseudoLocale(app);
  await page.reload();
  await expect(page.getByRole('button', { name: `${PSEUDO_OPEN}New study${PSEUDO_CLOSE}` })).toBeVisible();
  expect(await untranslatedText(page)).toEqual([]);
});
