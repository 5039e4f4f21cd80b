import { installFakeBridge } from './desktop';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

/**
 * The frame in the two languages that stress a layout most: Hungarian (long words) and Simplified
 * Chinese (CJK glyphs). The screenshots are for looking at; the checks are that nothing the frame
 * owns overflows its box.
 */
for (const language of ['hu', 'zh-Hans'] as const) {
  test(`the study screen and the dialogs in ${language}`, async ({ page, app }, testInfo) => {
    const call = backend(app);
    await call('study:create', { title: language === 'hu' ? 'Pénztári folyamat – tavaszi interjúk' : '结账流程改版——春季访谈' });
    await call('sessions:create', { kind: 'interview', title: 'Interjú 1' });
    await call('app:setLanguage', { language });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('tablist')).toBeVisible();
    await shot(page, testInfo, `study-${language}`);
    await page.locator('.study-header-actions button[aria-haspopup=menu]').first().click();
    await shot(page, testInfo, `import-menu-${language}`);
    await page.keyboard.press('Escape');
    // Nothing in the header or the tabs is wider than the box it sits in.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.study-header *, .tabs *')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'visible' && el.clientWidth > 0)
        .map((el) => el.className),
    );
    expect(overflowing).toEqual([]);

    await call('study:close');
    await page.reload();
    await page.locator('.welcome-actions .button-primary').click();
    await page.locator('dialog form button[type=submit]').click();
    await expect(page.locator('dialog .inline-error')).toBeVisible();
    await shot(page, testInfo, `new-study-${language}`);
    await page.keyboard.press('Escape');
    await page.locator('.welcome-actions .button-large').nth(1).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, testInfo, `open-study-${language}`);
  });

  test(`the About dialog in ${language}`, async ({ page, app }, testInfo) => {
    await backend(app)('app:setLanguage', { language });
    await installFakeBridge(page, app.url);
    await page.goto(new URL('/', app.url).toString());
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.evaluate(() =>
      (window as unknown as { emitForTest: (e: string, p: unknown) => void }).emitForTest('menu:command', { command: 'app:about' }),
    );
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot(page, testInfo, `about-${language}`);
  });
}
