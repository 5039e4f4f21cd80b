import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

interface CodeRow {
  id: string;
  name: string;
  path: string;
  codings: number;
}

/** Opens the sample study's Coding tab on its first transcript. */
async function sampleCoding(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await page.locator('.doc-item').first().click();
  await expect(page.locator('.transcript-list .turn').first()).toBeVisible();
}

/** The number of codings the open transcript's toolbar reports. */
async function codingCount(page: Page): Promise<number> {
  const meta = await page.locator('.transcript-title .toolbar-meta').innerText();
  return Number(/(\d+) codings?/.exec(meta)![1]);
}

/** Focuses the second turn: with no words selected, the palette and number keys code all of it. */
async function focusTurn(page: Page): Promise<void> {
  const turn = page.locator('.transcript-list .turn').nth(1);
  await turn.focus();
  await expect(turn).toBeFocused();
}

test('the palette applies "Convenience & habit" for "conv hab" instead of creating a junk code', async ({ page, app }, testInfo) => {
  const call = backend(app);
  await sampleCoding(page);
  const before = await codingCount(page);
  const convenience = (await call<CodeRow[]>('codes:list')).find((c) => c.name === 'Convenience & habit')!;

  await focusTurn(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Code the selection' });
  await palette.getByRole('combobox').fill('conv hab');
  const options = palette.getByRole('option');
  await expect(options.first()).toContainText('Convenience & habit');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Why it matched: the letters typed are marked in the name.
  await expect(options.first().locator('mark')).toHaveText(['Conv', 'hab']);
  await expect(options.nth(1)).toContainText('Create code “conv hab”');
  await shot(page, testInfo, 'palette-conv-hab');
  await page.keyboard.press('Enter');

  await expect.poll(() => codingCount(page)).toBe(before + 1);
  const after = await call<CodeRow[]>('codes:list');
  expect(after.map((c) => c.name)).not.toContain('conv hab');
  expect(after.find((c) => c.id === convenience.id)!.codings).toBe(convenience.codings + 1);
});

test('the codebook filter lists only codes whose names match, best first, and marks the letters', async ({ page }, testInfo) => {
  await sampleCoding(page);
  const tree = page.getByRole('tree');
  await page.getByLabel('Filter codes').fill('conv');
  await expect(tree.getByRole('treeitem')).toHaveText([/Loyalty & switching/, /Convenience & habit/]);
  await expect(tree.getByRole('treeitem', { name: 'Convenience & habit' }).locator('mark')).toHaveText('Conv');

  // Initials and word starts find a code too; a prefix in the last branch ranks before letters inside a word.
  await page.getByLabel('Filter codes').fill('lms');
  await expect(tree.getByRole('treeitem')).toHaveText([/Delivery/, /Lateness & missed slots/]);
  await page.getByLabel('Filter codes').fill('pa');
  await expect(tree.getByRole('treeitem').first()).toHaveText(/Sustainability/);
  await expect(tree.getByRole('treeitem').nth(1)).toHaveText(/Packaging waste/);
  // A code found by its definition comes after the name matches and says so, with the word marked.
  await page.getByLabel('Filter codes').fill('substitution');
  await expect(tree.getByRole('treeitem')).toHaveText([/Order accuracy/, /Substitutions/, /App & ordering/, /Checkout & basket/]);
  const why = tree.getByRole('treeitem', { name: 'Checkout & basket' }).locator('.match-why');
  await expect(why).toContainText('definition:');
  await expect(why.locator('mark')).toHaveText('substitution');
  await shot(page, testInfo, 'codebook-filter');
});

test('number keys stay on the pinned codes; a recently used code is offered without a number', async ({ page }) => {
  await sampleCoding(page);
  const legend = page.getByLabel('Number keys');
  // The sample pins five codes to 1–5; the codings already in the transcript take no other key.
  await expect(legend.getByRole('button')).toHaveCount(5);
  const keysBefore = await legend.getByRole('button').allInnerTexts();

  await focusTurn(page);
  const before = await codingCount(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Code the selection' }).getByRole('combobox').fill('Recommending');
  await page.keyboard.press('Enter');
  await expect.poll(() => codingCount(page)).toBe(before + 1);

  await expect(page.getByRole('group', { name: 'Recently used codes' }).getByRole('button', { name: 'Recommending' })).toBeVisible();
  expect(await legend.getByRole('button').allInnerTexts()).toEqual(keysBefore);
  // 6 holds no code, so it codes nothing.
  await focusTurn(page);
  await page.keyboard.press('6');
  await page.waitForTimeout(600);
  expect(await codingCount(page)).toBe(before + 1);
});

test('M gives the memo panel the focus: letters, digits and Backspace then write, never code', async ({ page, app }, testInfo) => {
  const call = backend(app);
  await sampleCoding(page);
  const before = await codingCount(page);
  const codesBefore = await call<CodeRow[]>('codes:list');
  const unchanged = async () => {
    await page.waitForTimeout(600);
    expect(await codingCount(page)).toBe(before);
    expect((await call<CodeRow[]>('codes:list')).map((c) => c.codings)).toEqual(codesBefore.map((c) => c.codings));
    await expect(page.getByRole('dialog', { name: 'Recode' })).toHaveCount(0);
  };

  await page.locator('.transcript-list .seg-coded').first().click();
  await expect(page.locator('.coding-item.selected')).toHaveCount(1);
  await page.keyboard.press('m');
  const panel = page.getByRole('region', { name: /^Memo on “/ });
  // No memo yet: the focus is on "Write the first memo", and the workspace's keys stay quiet in the panel.
  await expect(panel.getByRole('button', { name: 'Write the first memo' })).toBeFocused();
  for (const key of ['r', '2', 'Backspace', 'Delete', 'm']) await page.keyboard.press(key);
  await unchanged();
  await page.keyboard.press('Enter');
  const body = panel.getByRole('textbox', { name: 'Memo text' });
  await expect(body).toBeFocused();
  await page.keyboard.type('Rather 2 quick');
  await page.keyboard.press('Backspace');
  await expect(body).toHaveValue('Rather 2 quic');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await unchanged();
  await shot(page, testInfo, 'memo-focus');

  // Closed and opened again with M: the cursor is at the end of the memo's text.
  await panel.getByRole('button', { name: 'Close memos' }).click();
  await expect(page.locator('.coding-item.selected')).toHaveCount(1);
  await page.keyboard.press('m');
  await expect(body).toBeFocused();
  await page.keyboard.type('k.');
  await page.keyboard.press('Backspace');
  await expect(body).toHaveValue('Rather 2 quick');
  await unchanged();

  // Escape, even from inside the text, puts the panel away and hands the focus back to the transcript.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.transcript-list .turn[tabindex="0"]')).toBeFocused();
  await page.keyboard.press('m');
  await expect(body).toHaveValue('Rather 2 quick');
});

test('the coding sidebar is resized by dragging or with the keyboard, and keeps its width after a reload', async ({ page }, testInfo) => {
  await sampleCoding(page);
  const sidebar = page.getByRole('complementary', { name: 'Transcripts and codebook' });
  const handle = page.getByRole('separator', { name: /Width of the transcripts and codebook sidebar/ });
  const name = page.getByRole('treeitem', { name: 'Lateness & missed slots' }).locator('.code-name');
  const cut = () => name.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(await cut()).toBe(true);
  const start = (await sidebar.boundingBox())!.width;

  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + 200, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width)).toBe(Math.round(start + 200));
  await shot(page, testInfo, 'sidebar-dragged');
  expect(await cut()).toBe(false);

  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width)).toBe(Math.round(start + 184));
  await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(start + 184)));
  await shot(page, testInfo, 'sidebar-wide');

  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width)).toBe(Math.round(start + 184));
});
