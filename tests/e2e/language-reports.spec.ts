import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

/**
 * Controls in the tab whose words do not fit: a button, label, header or chip whose text is wider
 * than its box (clipped or spilling out). Long Hungarian words and Chinese show it first. Session
 * chips are left out: they hold study data (session titles) and end in an ellipsis by design.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page
    .locator('[role=tabpanel], dialog[open]')
    .evaluateAll((roots) =>
      roots.flatMap((root) =>
        [...root.querySelectorAll<HTMLElement>('button, label, th, legend, summary, .chip, .badge, h2, h3')]
          .filter(
            (el) =>
              !el.closest('.session-chips') &&
              el.checkVisibility() &&
              el.scrollWidth > el.clientWidth + 1 &&
              getComputedStyle(el).overflowX !== 'auto',
          )
          .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
      ),
    );
}

for (const language of ['hu', 'zh-Hans'] as const) {
  test(`the Participants and Reports tabs in ${language}: nothing clipped`, async ({ page, app }, testInfo) => {
    test.setTimeout(120_000);
    const call = backend(app);
    await call('study:openSample');
    await call('app:setLanguage', { language });
    await page.reload();
    await page.locator('[role=tab]').nth(2).waitFor();

    await page.locator('#tab-participants').click();
    await expect(page.locator('.participants-grid')).toBeVisible();
    await shot(page, testInfo, `participants-${language}`);
    expect(await overflowing(page)).toEqual([]);
    await page.locator('.toolbar .button-primary').click();
    await page.locator('dialog .type-choice').last().click();
    await shot(page, testInfo, `add-attribute-${language}`);
    expect(await overflowing(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.session-chips').first().click();
    await shot(page, testInfo, `session-roles-${language}`);
    expect(await overflowing(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('#tab-reports').click();
    await expect(page.locator('.report-front')).toBeVisible();
    await shot(page, testInfo, `reports-${language}`);
    expect(await overflowing(page)).toEqual([]);
    await page.locator('.report-toolbar .button').nth(1).click(); // Generate snapshot
    await expect(page.locator('.toast')).toBeVisible();
    await page.locator('.report-toolbar .button').nth(1).click();
    await expect(page.locator('.report-toolbar .button').nth(1)).toBeEnabled();
    await page.locator('.report-toolbar .button').nth(2).click(); // Snapshots
    const ticks = page.locator('dialog input[type=checkbox]');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await page.locator('dialog .button-primary').click();
    await expect(page.locator('.report-compare')).toBeVisible();
    await shot(page, testInfo, `snapshots-${language}`);
    expect(await overflowing(page)).toEqual([]);
  });
}
