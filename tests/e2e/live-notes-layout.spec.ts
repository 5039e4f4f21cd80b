import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';
import { expectNoOverlap } from './layout';

const SHORT = 'Orders every week.';
const MEDIUM = 'Switched to the other shop when the delivery fee went up, and says the app asks for a tip before the order is even packed.';
const LONG =
  'Talked for a long while about the Saturday slot: it is always gone by Thursday, so she plans the whole week around a Tuesday evening ' +
  'delivery, and when that one is late the frozen food has thawed and the children have eaten cereal for dinner. Wants a fixed slot she can keep.';
const LENGTHS = [SHORT, MEDIUM, LONG, SHORT, LONG, MEDIUM, MEDIUM, LONG, SHORT, LONG, MEDIUM, LONG, SHORT, MEDIUM];

const rows = (page: Page) => page.locator('.notes-list > .note-row');
const scroller = (page: Page) => page.locator('.notes-scroll');

test('live notes never draw over each other as the list grows a scrollbar', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  const call = backend(app.url);
  await call('study:create', { title: 'Layout' });
  const session = await call<{ id: string }>('sessions:create', { kind: 'focus_group', title: 'Group A' });
  for (const name of ['Amira', 'Brian']) {
    const p = await call<{ id: string }>('participants:create', { displayName: name });
    await call('participants:setSessionRole', { participantId: p.id, sessionId: session.id, role: 'participant' });
  }
  for (const [i, name] of ['Delivery slots', 'Price and fees', 'Substitutions'].entries()) {
    const code = await call<{ id: string }>('codes:create', { name });
    await call('codes:pin', { id: code.id, pin: i + 1 });
  }
  await page.reload();
  await page.getByRole('button', { name: 'Live notes of session Group A' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const composer = page.getByRole('textbox', { name: 'New note' });
  await composer.click();

  let scrolled = false;
  for (const [i, text] of LENGTHS.entries()) {
    await page.keyboard.press(`Alt+${(i % 2) + 1}`);
    await page.keyboard.insertText(`${i + 1}. ${text}`);
    // Tags of varied count: chips make rows taller too.
    for (let t = 0; t < i % 3; t++) await page.keyboard.press(`Control+${t + 1}`);
    await expect(page.locator('.composer .note-chip')).toHaveCount(i % 3);
    await page.keyboard.press('Enter');
    await expect(
      rows(page)
        .filter({ hasText: `${i + 1}. ` })
        .first(),
    ).toBeVisible();
    // Let the rows be measured, then no row may print over another.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const scrollsNow = await scroller(page).evaluate((el) => el.scrollHeight > el.clientHeight);
    if (scrollsNow && !scrolled) await shot(page, testInfo, 'live-notes-first-scroll');
    scrolled ||= scrollsNow;
    await expectNoOverlap(rows(page), `after note ${i + 1}`);
  }
  expect(scrolled, 'the notes list scrolls by the end').toBe(true);
  // The scrollbar takes room (the real-scrollbars project): otherwise this test proves nothing.
  expect(await scroller(page).evaluate((el) => (el as HTMLElement).offsetWidth - el.clientWidth)).toBeGreaterThan(0);
  await shot(page, testInfo, 'live-notes-scrolling');

  // Scrolled to the top and back, every row still sits on its own.
  await scroller(page).evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(100);
  await expectNoOverlap(rows(page), 'scrolled to the top');
  await scroller(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(100);
  await expectNoOverlap(rows(page), 'scrolled to the bottom');
});
