import { writeFile } from 'node:fs/promises';
import { expect, shot, test } from './fixtures';
import { cell, editCell, grid, participantRow } from './helpers';

test('create a study, fill it with sessions and participants, close it and find everything again', async ({ page, app }, testInfo) => {
  await test.step('create the study from the welcome screen', async () => {
    await page.getByRole('button', { name: 'New study' }).click();
    const dialog = page.getByRole('dialog', { name: 'New study' });
    await expect(dialog.getByText(app.studiesDir)).toBeVisible();
    await expect(dialog.getByLabel('Study title')).toBeFocused();
    await dialog.getByLabel('Study title').fill('Checkout study');
    await shot(page, testInfo, 'new-study-dialog');
    await dialog.getByLabel('Study title').press('Enter');
    await expect(page.getByRole('heading', { name: 'Checkout study' })).toBeVisible();
    await expect(page.getByText(`${app.studiesDir}/Checkout study.verbatim`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
    await shot(page, testInfo, 'sessions-empty');
  });

  await test.step('add sessions: a form, the N shortcut, Enter to submit', async () => {
    await page.getByRole('button', { name: 'Add the first session' }).click();
    const dialog = page.getByRole('dialog', { name: 'New session' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await dialog.getByLabel('Kind').selectOption({ label: 'Focus group' });
    await dialog.getByLabel('Title').fill('Focus group 1');
    await dialog.getByLabel('Date').fill('2026-03-02');
    await dialog.getByLabel('Place').fill('Leeds');
    await dialog.getByLabel('Moderator').fill('Sam Okafor');
    await dialog.getByLabel('Notes').fill('Six regular customers, evening slot.');
    await shot(page, testInfo, 'session-dialog');
    await dialog.getByLabel('Moderator').press('Enter');
    await expect(dialog).toBeHidden();

    for (const title of ['Interview 1', 'Interview 2']) {
      await page.keyboard.press('n');
      const next = page.getByRole('dialog', { name: 'New session' });
      await next.getByLabel('Title').fill(title);
      await next.getByLabel('Title').press('Enter');
      await expect(next).toBeHidden();
    }
    const table = page.getByRole('table', { name: 'Sessions' });
    await expect(table.getByRole('row')).toHaveCount(4);
    const fg = table.getByRole('row', { name: /Focus group 1/ });
    await expect(fg.getByText('Focus group', { exact: true })).toBeVisible();
    await expect(fg.getByText('Mar 2, 2026')).toBeVisible();
    await expect(fg.getByText('Sam Okafor')).toBeVisible();
  });

  await test.step('edit one session and delete another after confirming', async () => {
    await page.getByRole('button', { name: 'Edit session Interview 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit session' });
    await dialog.getByLabel('Place').fill('Remote');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Interview 1/ }).getByText('Remote')).toBeVisible();
    // Focus went back to where the user was.
    await expect(page.getByRole('button', { name: 'Edit session Interview 1' })).toBeFocused();

    await page.getByRole('button', { name: 'Delete session Interview 2' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete session?' });
    await expect(confirm).toContainText('A backup copy of the study is made first');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await shot(page, testInfo, 'delete-session-confirm');
    await confirm.getByRole('button', { name: 'Delete session' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'A backup was saved at' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(3);
    await shot(page, testInfo, 'sessions-list');
  });

  await test.step('define one attribute of each type', async () => {
    await page.getByRole('tab', { name: /Participants/ }).click();
    // The moderator typed on the session is a person of the study, linked with the moderator role.
    await expect(participantRow(page, 'Sam Okafor').getByText('Focus group 1 · moderator')).toBeVisible();
    await shot(page, testInfo, 'participants-moderator-only');
    const add = async (name: string, type: string, extra?: (d: ReturnType<typeof page.getByRole>) => Promise<void>) => {
      await page.getByRole('button', { name: 'Add attribute' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add attribute' });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByRole('radio', { name: type }).check();
      if (extra) await extra(dialog);
      await dialog.getByRole('button', { name: 'Add attribute' }).click();
      await expect(dialog).toBeHidden();
    };
    await add('Occupation', 'Text');
    await add('Household size', 'Number');
    await add('Segment', 'Category', async (d) => {
      await d.getByLabel('Values').fill('New, Regular, Lapsed');
      await shot(page, testInfo, 'add-attribute-category');
    });
    await add('Customer since', 'Date');
    await add('NPS', 'Score scale', async (d) => {
      await d.getByLabel('Scale', { exact: true }).selectOption({ label: 'NPS (0–10)' });
      await shot(page, testInfo, 'add-attribute-score');
    });
    const headers = await grid(page).getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.split('\n')[0])).toEqual([
      'Participant',
      'Occupation',
      'Household size',
      'Segment',
      'Customer since',
      'NPS',
      'Notes',
      'Sessions',
      'Delete',
    ]);
  });

  await test.step('add participants from the line under the table', async () => {
    const input = page.getByLabel('New participant name');
    for (const name of ['Ana', 'Ben', 'Temp']) {
      await input.fill(name);
      await input.press('Enter');
      await expect(participantRow(page, name)).toBeVisible();
    }
    await expect(input).toBeFocused();
    await input.fill('ana');
    await input.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'There is already a participant called "ana"' })).toBeVisible();
    await input.fill('');
  });

  await test.step('edit values inline with the keyboard; an out-of-range NPS is refused', async () => {
    // Typing on a focused cell starts editing; Enter saves and moves down, Tab saves and moves right.
    await (await cell(page, 'Ana', 'Occupation')).click();
    await page.keyboard.type('Nurse');
    await page.keyboard.press('Enter');
    await expect(await cell(page, 'Ben', 'Occupation')).toBeFocused();
    await page.keyboard.type('Teacher');
    await page.keyboard.press('Tab');
    await expect(await cell(page, 'Ben', 'Household size')).toBeFocused();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');

    await editCell(page, 'Ana', 'Household size', '3');
    await editCell(page, 'Ana', 'Segment', 'Regular');
    await editCell(page, 'Ana', 'Customer since', '2021-05-04');
    await editCell(page, 'Ana', 'NPS', '9');
    await expect(await cell(page, 'Ana', 'Customer since')).toHaveText('May 4, 2021');
    await expect(await cell(page, 'Ana', 'Segment')).toHaveText('Regular');

    await editCell(page, 'Ben', 'NPS', '11');
    const error = page.getByRole('alert').filter({ hasText: 'NPS: 11 is outside 0–10' });
    await expect(error).toBeVisible();
    await expect(page.getByLabel('NPS of Ben', { exact: true })).toBeFocused();
    await shot(page, testInfo, 'cell-error');
    await page.keyboard.press('Escape');
    await expect(error).toBeHidden();
    await expect(await cell(page, 'Ben', 'NPS')).toHaveText('');
    await editCell(page, 'Ben', 'NPS', '6');
    await expect(await cell(page, 'Ben', 'NPS')).toHaveText('6');
    await editCell(page, 'Ben', 'Notes', 'Prefers evening delivery slots');
    await shot(page, testInfo, 'participants-filled');
  });

  await test.step('put a participant in sessions with a role', async () => {
    await page.getByRole('button', { name: 'Sessions of Ana' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessions of Ana' });
    await dialog.getByLabel('Role in Focus group 1').selectOption('participant');
    await dialog.getByLabel('Role in Interview 1').selectOption('observer');
    await expect(dialog.getByLabel('Role in Interview 1')).toHaveValue('observer');
    await shot(page, testInfo, 'session-roles');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(participantRow(page, 'Ana').getByText('Focus group 1')).toBeVisible();
    await expect(participantRow(page, 'Ana').getByText('Interview 1 · observer')).toBeVisible();
  });

  await test.step('delete a participant after confirming', async () => {
    await page.getByRole('button', { name: 'Delete participant Temp' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete participant?' });
    await confirm.getByRole('button', { name: 'Delete participant' }).click();
    await expect(participantRow(page, 'Temp')).toHaveCount(0);
  });

  await test.step('rename an attribute from its column menu', async () => {
    await page.getByRole('button', { name: 'Options for Household size' }).click();
    await shot(page, testInfo, 'attribute-menu');
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: /Edit attribute/ });
    await dialog.getByLabel('Name').fill('Household');
    await dialog.getByLabel('Name').press('Enter');
    await expect(grid(page).getByRole('columnheader', { name: /^Household Number/ })).toBeVisible();
  });

  await test.step('import participants from a CSV: preview first, then import the valid rows', async () => {
    const csv = testInfo.outputPath('participants.csv');
    await writeFile(csv, 'Name,Segment,NPS,City\nCara,Regular,10,Leeds\nDev,Lapsed,12,York\nAna,New,8,Leeds\n');
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import participants from CSV' });
    await dialog.getByLabel('CSV file').setInputFiles(csv);
    await expect(dialog.getByLabel('Import column “Name” as')).toHaveValue('name');
    await expect(dialog.getByLabel('Import column “City” as')).toHaveValue('new');
    const summary = dialog.getByRole('list', { name: 'Rows with problems' });
    await expect(summary).toContainText('Line 3');
    await expect(summary).toContainText('NPS: 12 is outside 0–10');
    await expect(dialog.getByText('Read as')).toBeVisible();
    await expect(dialog.getByRole('table', { name: 'Sample rows' }).getByRole('row')).toHaveCount(3);
    await shot(page, testInfo, 'import-preview');

    // Ignoring a column re-runs the preview; choosing it again brings it back.
    await dialog.getByLabel('Import column “City” as').selectOption('ignore');
    await expect(dialog.getByRole('table', { name: 'Sample rows' }).getByRole('columnheader', { name: 'City' })).toHaveCount(0);
    await dialog.getByLabel('Import column “City” as').selectOption('new');
    await expect(dialog.getByRole('table', { name: 'Sample rows' }).getByRole('columnheader', { name: 'City' })).toBeVisible();

    // Nothing is written before Import (header, Sam Okafor, Ana, Ben).
    await expect(grid(page).getByRole('row')).toHaveCount(4);
    await expect(await cell(page, 'Ana', 'NPS')).toHaveText('9');

    await dialog.getByRole('button', { name: 'Import 2 valid rows, skip 1' }).click();
    const done = page.getByRole('dialog', { name: 'Import finished' });
    const outcome = done.getByRole('list', { name: 'Import result' });
    await expect(outcome).toContainText('1 participant created');
    await expect(outcome).toContainText('1 participant updated');
    await expect(outcome).toContainText('1 attribute created');
    await expect(outcome).toContainText('1 row skipped');
    await shot(page, testInfo, 'import-outcome');
    await done.getByRole('button', { name: 'Done' }).click();
    await expect(participantRow(page, 'Cara')).toBeVisible();
    await expect(participantRow(page, 'Dev')).toHaveCount(0);
    await expect(await cell(page, 'Ana', 'NPS')).toHaveText('8');
    await expect(await cell(page, 'Cara', 'City')).toHaveText('Leeds');
  });

  await test.step('rename the study in place', async () => {
    await page.getByRole('button', { name: 'Checkout study' }).click();
    await page.getByLabel('Study title').fill('Checkout study (spring)');
    await page.getByLabel('Study title').press('Enter');
    await expect(page.getByRole('heading', { name: 'Checkout study (spring)' })).toBeVisible();
  });

  await test.step('close the study and reopen it from the recent list', async () => {
    await page.getByRole('button', { name: 'Close study' }).click();
    const recent = page.getByRole('list', { name: 'Recent studies' });
    await expect(recent).toContainText('Checkout study (spring)');
    await shot(page, testInfo, 'welcome-recent');
    await recent.getByRole('button', { name: /Checkout study \(spring\)/ }).click();

    await expect(page.getByRole('heading', { name: 'Checkout study (spring)' })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Sessions/ })).toContainText('2');
    const sessions = page.getByRole('table', { name: 'Sessions' });
    await expect(sessions.getByRole('row')).toHaveCount(3);
    await expect(sessions.getByRole('row', { name: /Interview 1/ })).toContainText('Remote');
    // Cells after the title (a row header): kind, date, place, moderator, participants.
    await expect(
      sessions
        .getByRole('row', { name: /Focus group 1/ })
        .getByRole('cell')
        .nth(4),
    ).toHaveText('1');

    await page.getByRole('tab', { name: /Participants/ }).click();
    // Header, Sam Okafor (the moderator), Ana, Ben, Cara.
    await expect(grid(page).getByRole('row')).toHaveCount(5);
    await expect(await cell(page, 'Ana', 'Occupation')).toHaveText('Nurse');
    await expect(await cell(page, 'Ana', 'Household')).toHaveText('3');
    await expect(await cell(page, 'Ana', 'Segment')).toHaveText('New');
    await expect(await cell(page, 'Ana', 'Customer since')).toHaveText('May 4, 2021');
    await expect(await cell(page, 'Ana', 'NPS')).toHaveText('8');
    await expect(await cell(page, 'Ben', 'Occupation')).toHaveText('Teacher');
    await expect(await cell(page, 'Ben', 'Household')).toHaveText('2');
    await expect(await cell(page, 'Ben', 'NPS')).toHaveText('6');
    await expect(await cell(page, 'Ben', 'Notes')).toHaveText('Prefers evening delivery slots');
    await expect(await cell(page, 'Cara', 'NPS')).toHaveText('10');
    await expect(participantRow(page, 'Ana').getByText('Interview 1 · observer')).toBeVisible();
  });
});
