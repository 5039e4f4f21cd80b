import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { backend, uploadFile } from './helpers';

async function newStudyOnCodingTab(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill(title);
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('tab', { name: /Coding/ }).click();
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Codes' });
const row = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });

async function rowMenu(page: Page, name: string, item: string): Promise<void> {
  await page.getByRole('button', { name: `Options for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function createCode(page: Page, name: string, parent?: string): Promise<void> {
  if (parent) await rowMenu(page, parent, 'New sub-code…');
  else await page.getByRole('button', { name: 'New code', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: parent ? `New sub-code of “${parent}”` : 'New code' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create code' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, name)).toBeVisible();
}

async function expectLevel(item: Locator, level: number): Promise<void> {
  await expect(item).toHaveAttribute('aria-level', String(level));
}

test('build a codebook: codes, sub-codes, rename, description, pins, filter and keyboard', async ({ page }, testInfo) => {
  await newStudyOnCodingTab(page, 'Codebook work');
  await expect(page.getByText('No codes yet — create one, or select text in a transcript and press')).toBeVisible();
  await shot(page, testInfo, 'codebook-empty');

  for (const name of ['Delivery', 'Price', 'Staff']) await createCode(page, name);
  await createCode(page, 'Slots', 'Delivery');
  await createCode(page, 'Substitutions', 'Delivery');
  await expectLevel(row(page, 'Slots'), 2);
  await expect(row(page, 'Delivery')).toHaveAttribute('aria-expanded', 'true');
  await shot(page, testInfo, 'codebook-tree');

  // F2 renames in place; the row menu's Rename does the same; Escape keeps the old name.
  await row(page, 'Staff').click();
  await page.keyboard.press('F2');
  await page.getByLabel('New name for Staff').fill('Store staff');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Store staff')).toBeFocused();
  await rowMenu(page, 'Price', 'Rename');
  await page.getByLabel('New name for Price').fill('Price and value');
  await page.getByLabel('New name for Price').press('Enter');
  await expect(row(page, 'Price and value')).toBeVisible();
  await row(page, 'Slots').click();
  await page.keyboard.press('F2');
  await page.getByLabel('New name for Slots').fill('Forgotten');
  await page.keyboard.press('Escape');
  await expect(row(page, 'Slots')).toBeVisible();

  // A sibling with the same name is refused with the backend's sentence.
  await rowMenu(page, 'Substitutions', 'Rename');
  await page.getByLabel('New name for Substitutions').fill('Slots');
  await page.getByLabel('New name for Substitutions').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'There is already a code "Slots" at this level.' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();

  // Description and colour.
  await rowMenu(page, 'Delivery', 'Edit description & colour…');
  const edit = page.getByRole('dialog', { name: 'Edit code “Delivery”' });
  await edit.getByRole('radio', { name: 'Teal' }).click();
  await edit.getByLabel('Definition').fill('Getting the shopping to the door: slots, drivers, timing.');
  await edit.getByLabel('When to use').fill('Talk about delivery windows, missed drops, drivers.');
  await edit.getByLabel('When not to use').fill('Click & collect: use “Pickup”.');
  await edit.getByLabel('Example').fill('“The slots are gone by Tuesday.”');
  await shot(page, testInfo, 'codebook-edit-dialog');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await rowMenu(page, 'Delivery', 'Edit description & colour…');
  await expect(edit.getByRole('radio', { name: 'Teal' })).toHaveAttribute('aria-checked', 'true');
  await expect(edit.getByLabel('When not to use')).toHaveValue('Click & collect: use “Pickup”.');
  await edit.getByLabel('Colour as hex').fill('#123456');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, 'Delivery').locator('.swatch')).toHaveCSS('background-color', 'rgb(18, 52, 86)');

  // Pins: a key taken from another code moves to the new one.
  await rowMenu(page, 'Price and value', 'Pin to key…');
  await page.getByRole('dialog', { name: 'Pin “Price and value” to a key' }).getByRole('button', { name: 'Key 3, free' }).click();
  await expect(row(page, 'Price and value').locator('.pin-badge')).toHaveText('3');
  await rowMenu(page, 'Store staff', 'Pin to key…');
  const pin = page.getByRole('dialog', { name: 'Pin “Store staff” to a key' });
  await expect(pin.getByRole('button', { name: 'Key 3, now Price and value' })).toBeVisible();
  await shot(page, testInfo, 'codebook-pin-dialog');
  await pin.getByRole('button', { name: 'Key 3, now Price and value' }).click();
  await expect(row(page, 'Store staff').locator('.pin-badge')).toHaveText('3');
  await expect(row(page, 'Price and value').locator('.pin-badge')).toHaveCount(0);
  await rowMenu(page, 'Store staff', 'Unpin from key 3');
  await expect(row(page, 'Store staff').locator('.pin-badge')).toHaveCount(0);

  // Filter as you type: matches keep their parents; the definition is searched too.
  const filter = page.getByLabel('Filter codes');
  await filter.fill('subst');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(2);
  await expect(row(page, 'Delivery')).toBeVisible();
  await expect(row(page, 'Substitutions')).toBeVisible();
  await shot(page, testInfo, 'codebook-filtered');
  await filter.fill('drivers');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(1);
  await filter.fill('zzzz');
  await expect(page.getByText('No code matches “zzzz”.')).toBeVisible();
  await filter.fill('');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(5);

  // Keyboard: arrows move, ← goes to the parent and collapses it, → expands, Enter selects.
  await row(page, 'Delivery').click();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Slots')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Substitutions')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, 'Delivery')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, 'Delivery')).toHaveAttribute('aria-expanded', 'false');
  await expect(row(page, 'Slots')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Price and value')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row(page, 'Price and value')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Slots')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'Slots')).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(page, 'Store staff')).toBeFocused();
  await shot(page, testInfo, 'codebook-keyboard');

  // Shift+F10 opens the row menu from the keyboard.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Options for Store staff' })).toBeVisible();
  await page.keyboard.press('Escape');
  await row(page, 'Store staff').focus();

  // Delete asks first and says a backup is made; Cancel keeps the code.
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete code “Store staff”?' });
  await expect(confirm).toContainText('A backup of the study is made first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(row(page, 'Store staff')).toBeVisible();
});

test('reshape a codebook: drag to reparent and reorder, merge, split and delete', async ({ page, app }, testInfo) => {
  await newStudyOnCodingTab(page, 'Reshaping');
  const call = backend(app);
  const session = await call<{ id: string }>('sessions:create', { kind: 'interview', title: 'Interview 1' });
  const vtt = [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:05.000',
    '<v Ana>The delivery slots are always gone by Tuesday.',
    '',
    '00:00:06.000 --> 00:00:09.000',
    '<v Ben>They swapped my cream for oat milk again.',
    '',
    '00:00:10.000 --> 00:00:14.000',
    '<v Ana>Evening slots cost more than the shopping.',
    '',
  ].join('\n');
  const doc = await call<{ documentId: string }>('transcripts:importCommit', {
    sessionId: session.id,
    ...(await uploadFile(app, 'transcript', 'interview-1.vtt', vtt)),
  });
  const { text } = await call<{ text: string }>('documents:get', { id: doc.documentId });
  const ids: Record<string, string> = {};
  for (const name of ['Delivery', 'Substitutions', 'Price']) ids[name] = (await call<{ id: string }>('codes:create', { name })).id;
  ids.Slots = (await call<{ id: string }>('codes:create', { name: 'Slots', parentId: ids.Delivery })).id;
  const code = async (codeName: string, phrase: string) => {
    const start = text.indexOf(phrase);
    await call('codings:create', { documentId: doc.documentId, start, end: start + phrase.length, codeId: ids[codeName] });
  };
  await code('Slots', 'The delivery slots are always gone by Tuesday');
  await code('Slots', 'Evening slots cost more');
  await code('Substitutions', 'swapped my cream for oat milk');
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
  await expect(row(page, 'Slots')).toBeVisible();
  await expect(row(page, 'Delivery').locator('.code-counts')).toHaveText('2 · 1 doc · 1 person');

  // While dragging, the row under the pointer shows where the code would go. (Dispatched events:
  // Playwright's step-by-step mouse drag is not reliable enough to pause in the middle of one.)
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  const target = (await row(page, 'Delivery').boundingBox())!;
  await row(page, 'Price').dispatchEvent('dragstart', { dataTransfer: transfer });
  expect(await transfer.evaluate((t) => t.getData('application/x-verbatim-code'))).toMatch(/^[0-9a-f-]{36}$/);
  await row(page, 'Delivery').dispatchEvent('dragover', {
    dataTransfer: transfer,
    clientX: target.x + 80,
    clientY: target.y + target.height / 2,
  });
  await expect(row(page, 'Delivery')).toHaveClass(/drop-inside/);
  await shot(page, testInfo, 'reshape-drop-indicator-inside');
  await row(page, 'Slots').dispatchEvent('dragover', {
    dataTransfer: transfer,
    clientX: target.x + 80,
    clientY: target.y + target.height + 26,
  });
  await expect(row(page, 'Slots')).toHaveClass(/drop-after/);
  await expect(row(page, 'Delivery')).not.toHaveClass(/drop-inside/);
  await shot(page, testInfo, 'reshape-drop-indicator-between');
  await row(page, 'Price').dispatchEvent('dragend', { dataTransfer: transfer });
  await expect(tree(page).locator('[class*=drop-]')).toHaveCount(0);

  // Dropping on the middle of a row makes the code its child…
  await row(page, 'Price').dragTo(row(page, 'Delivery'));
  await expectLevel(row(page, 'Price'), 2);
  // …on the top edge of a row puts it before that row, at that row's level.
  await row(page, 'Price').dragTo(row(page, 'Delivery'), { targetPosition: { x: 60, y: 2 } });
  await expectLevel(row(page, 'Price'), 1);
  await expect(tree(page).getByRole('treeitem').first()).toHaveAccessibleName('Price');
  await shot(page, testInfo, 'reshape-after-drag');

  // Merge: pick the target from a filtered list; the toast names the backup.
  await rowMenu(page, 'Substitutions', 'Merge into…');
  const merge = page.getByRole('dialog', { name: 'Merge “Substitutions” into…' });
  await merge.getByLabel('Find the code to merge into').fill('slot');
  await merge.getByRole('option', { name: /Delivery\/Slots/ }).click();
  await expect(merge).toContainText('A backup of the study is made first');
  await shot(page, testInfo, 'reshape-merge-dialog');
  await merge.getByRole('button', { name: 'Merge into “Slots”' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged “Substitutions” into “Slots”. A backup was saved first:' }),
  ).toContainText('.verbatim');
  await expect(row(page, 'Substitutions')).toHaveCount(0);
  await expect(row(page, 'Slots').locator('.code-counts')).toHaveText('3 · 1 doc · 2 people');
  await shot(page, testInfo, 'reshape-merged');

  // Split: tick the passages that belong to a new idea.
  await rowMenu(page, 'Slots', 'Split…');
  const split = page.getByRole('dialog', { name: 'Split “Slots”' });
  await split.getByRole('checkbox', { name: /oat milk/ }).check();
  await split.getByLabel('Name of the new code').fill('Substitutions again');
  await shot(page, testInfo, 'reshape-split-dialog');
  await split.getByRole('button', { name: 'Move 1 passage to the new code' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved 1 passage from “Slots” to the new code “Substitutions again”.' }),
  ).toBeVisible();
  await expectLevel(row(page, 'Substitutions again'), 2);
  await expect(row(page, 'Slots').locator('.code-counts')).toHaveText('2 · 1 doc · 1 person');

  // Delete with confirmation; the toast names the backup.
  await row(page, 'Substitutions again').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete code “Substitutions again”?' });
  await expect(confirm).toContainText('Its 1 coded passage will be uncoded.');
  await shot(page, testInfo, 'reshape-delete-confirm');
  await confirm.getByRole('button', { name: 'Delete code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Substitutions again”. A backup was saved first:' })).toBeVisible();
  await expect(row(page, 'Substitutions again')).toHaveCount(0);
  await shot(page, testInfo, 'reshape-deleted');
});
