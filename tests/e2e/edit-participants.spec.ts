import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { cell, editCell, grid, participantRow } from './helpers';

/** A fresh study with a Segment category, an NPS score and three participants. */
async function studyWithParticipants(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Grid work');
  await page.getByLabel('Study title').press('Enter');
  await page.getByRole('tab', { name: /Participants/ }).click();
  for (const [name, type] of [
    ['Segment', 'Category'],
    ['NPS', 'Score scale'],
  ] as const) {
    await page.getByRole('button', { name: 'Add attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add attribute' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('radio', { name: type }).check();
    if (type === 'Category') await dialog.getByLabel('Values').fill('New\nRegular');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(dialog).toBeHidden();
  }
  for (const name of ['Ana', 'Ben', 'Cara']) {
    await page.getByLabel('New participant name').fill(name);
    await page.getByLabel('New participant name').press('Enter');
    await expect(participantRow(page, name)).toBeVisible();
  }
}

test('move around the grid with the keyboard; Escape leaves a value as it was', async ({ page }) => {
  await studyWithParticipants(page);
  await (await cell(page, 'Ana', 'Participant')).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(await cell(page, 'Ana', 'NPS')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(await cell(page, 'Ben', 'NPS')).toBeFocused();

  // F2 opens the editor with the current value; Escape closes it without saving.
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(await cell(page, 'Cara', 'NPS')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('3');
  await page.keyboard.press('Escape');
  await expect(await cell(page, 'Ben', 'NPS')).toHaveText('7');
  await expect(await cell(page, 'Ben', 'NPS')).toBeFocused();

  // A category cell edits with a select; the name cell renames the participant.
  await editCell(page, 'Ana', 'Segment', 'Regular');
  await expect(await cell(page, 'Ana', 'Segment')).toHaveText('Regular');
  await editCell(page, 'Cara', 'Participant', 'Carla');
  await expect(participantRow(page, 'Carla')).toBeVisible();
  await editCell(page, 'Carla', 'Participant', 'Ana');
  await expect(page.getByRole('alert').filter({ hasText: 'There is already a participant called "Ana"' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(participantRow(page, 'Carla')).toBeVisible();
});

test('filter the table, edit category values, and delete an attribute after confirming', async ({ page }, testInfo) => {
  await studyWithParticipants(page);
  await editCell(page, 'Ana', 'Segment', 'Regular');
  await editCell(page, 'Ben', 'Segment', 'New');

  await page.getByLabel('Filter participants').fill('regular');
  await expect(grid(page).getByRole('row')).toHaveCount(2);
  await expect(page.getByText('1 of 3 shown')).toBeVisible();
  await shot(page, testInfo, 'filtered');
  await page.getByLabel('Filter participants').fill('');

  // A value still in use cannot be removed from the category; a new one can be added.
  await page.getByRole('button', { name: 'Options for Segment' }).click();
  await page.getByRole('menuitem', { name: 'Rename or edit values…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit attribute “Segment”' });
  await edit.getByLabel('Values (one per line)').fill('New\nLapsed');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toContainText('Participants still have "Regular"');
  await shot(page, testInfo, 'edit-attribute-conflict');
  await edit.getByLabel('Values (one per line)').fill('New\nRegular\nLapsed');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(grid(page).getByRole('columnheader', { name: /Segment Category · 3/ })).toBeVisible();
  await editCell(page, 'Cara', 'Segment', 'Lapsed');
  await expect(await cell(page, 'Cara', 'Segment')).toHaveText('Lapsed');

  await page.getByRole('button', { name: 'Options for NPS' }).click();
  await page.getByRole('menuitem', { name: 'Delete attribute…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete attribute?' });
  await expect(confirm).toContainText('“NPS” and every participant’s value for it will be removed');
  await shot(page, testInfo, 'delete-attribute-confirm');
  await confirm.getByRole('button', { name: 'Delete attribute' }).click();
  await expect(grid(page).getByRole('columnheader', { name: /^NPS/ })).toHaveCount(0);
});
