import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { buildDocx, para } from '../unit/formats/zipWriter';
import { expect, shot, test, type RunningApp } from './fixtures';
import { backend } from './helpers';

const TEAMS_VTT = resolve(import.meta.dirname, '../fixtures/transcripts/teams_modern.vtt');

/** A study with one session (and the given participants), shown on its Coding tab. */
async function studyWithSession(page: Page, app: RunningApp, people: string[] = []): Promise<void> {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Transcripts');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Transcripts' })).toBeVisible();
  const call = backend(app);
  await call('sessions:create', { kind: 'focus_group', title: 'Focus group 1', date: '2026-03-02' });
  for (const displayName of people) await call('participants:create', { displayName });
  // The lists were loaded before the setup above; a reload shows the study as it now is.
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();
}

async function openImport(page: Page) {
  await page
    .getByRole('button', { name: /Import transcript/ })
    .first()
    .click();
  return page.getByRole('dialog', { name: 'Import a transcript' });
}

test('import a Teams VTT: map a speaker to an existing participant and rename another', async ({ page, app }, testInfo) => {
  await studyWithSession(page, app, ['Anna S.']);
  const dialog = await openImport(page);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await shot(page, testInfo, 'import-empty');

  await dialog.getByLabel('Session').selectOption({ label: 'Focus group 1 (2026-03-02)' });
  await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
  const summary = dialog.getByRole('definition');
  await expect(summary.nth(0)).toHaveText('WebVTT captions');
  await expect(summary.nth(1)).toHaveText('5');
  await expect(dialog.getByRole('list', { name: 'First turns' }).getByRole('listitem').first()).toContainText(
    'Thanks for joining, everyone.',
  );
  await expect(dialog.getByLabel('Document title')).toHaveValue('teams_modern');

  const speakers = dialog.getByRole('table', { name: 'Speakers' });
  await expect(speakers.getByRole('row')).toHaveCount(3);
  await expect(dialog.getByLabel('Speaker “Anna Schmidt” is')).toHaveValue('new');
  await dialog.getByLabel('Speaker “Anna Schmidt” is').selectOption({ label: 'Anna S.' });
  await dialog.getByLabel('Role of “Anna Schmidt”').selectOption('moderator');
  await dialog.getByLabel('Name of the new participant for “José Martínez”').fill('José M.');
  await dialog.getByLabel('Document title').fill('Focus group 1 — full transcript');
  await shot(page, testInfo, 'import-mapped');

  await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Focus group 1 — full transcript”: 5 turns — Anna S. (3), José M. (2).' }),
  ).toBeVisible();
  await shot(page, testInfo, 'import-done');

  // The speakers became people of the session, in the roles chosen. (The reload: the study's
  // participant list is loaded once per study screen and not refreshed after an import — reported.)
  await page.reload();
  await page.getByRole('tab', { name: /Participants/ }).click();
  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid.getByRole('gridcell', { name: 'José M.', exact: true })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: 'Anna S.' })).toContainText('moderator');
  await expect(grid.getByRole('gridcell', { name: 'Anna Schmidt', exact: true })).toHaveCount(0);

  // Importing the same file again proposes the people chosen last time.
  await page.getByRole('tab', { name: /Coding/ }).click();
  const again = await openImport(page);
  await again.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
  await expect(again.getByLabel('Speaker “José Martínez” is')).toHaveValue(/^existing:/);
  await expect(again.getByLabel('Speaker “José Martínez” is').locator('option:checked')).toHaveText('José M.');
});

test('a dropped DOCX: merge two speakers into one participant, keep one as a label', async ({ page, app }, testInfo) => {
  await studyWithSession(page, app);
  const dialog = await openImport(page);
  await dialog.getByLabel('Session').selectOption({ label: 'Focus group 1 (2026-03-02)' });

  const docx = buildDocx(
    [
      para('Moderator: Welcome, tell me about your last order.'),
      para('Ana: The driver came two hours late.'),
      para('Ana (phone): Sorry, I dropped out — as I said, two hours late.'),
      para('Ben: Mine was fine, but the bananas were green.'),
      para('Ana: And nobody called.'),
    ].join(''),
  );
  // Drop the file onto the dialog the way the operating system would.
  const transfer = await page.evaluateHandle(
    (bytes) => {
      const data = new DataTransfer();
      data.items.add(
        new File([new Uint8Array(bytes)], 'Focus group 1.docx', {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      );
      return data;
    },
    [...docx],
  );
  const zone = dialog.locator('.transcript-import');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });

  await expect(dialog.getByRole('definition').first()).toHaveText('Word document');
  await expect(dialog.getByLabel('Document title')).toHaveValue('Focus group 1');
  await expect(dialog.getByLabel('Role of “Moderator”')).toHaveValue('moderator');

  // “Ana (phone)” is the same person as “Ana”: same new name = merged.
  await dialog.getByLabel('Name of the new participant for “Ana (phone)”').fill('Ana');
  await expect(dialog.getByText('merged with “Ana”')).toBeVisible();
  await expect(dialog.getByText('merged with “Ana (phone)”')).toBeVisible();
  await dialog.getByLabel('Speaker “Moderator” is').selectOption('none');
  await expect(dialog.getByLabel('Role of “Moderator”')).toBeDisabled();
  await shot(page, testInfo, 'import-docx-merged');

  await dialog.getByRole('button', { name: /^Import \d+ turns$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: /Imported “Focus group 1”: 5 turns — Moderator \(1\), Ana \(3\), Ben \(1\)\./ }),
  ).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: /Participants/ }).click();
  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid.getByRole('row')).toHaveCount(3);
  await expect(grid.getByRole('gridcell', { name: 'Moderator', exact: true })).toHaveCount(0);
});

test('a binary file is refused with a sentence naming it, and nothing is imported', async ({ page, app }, testInfo) => {
  await studyWithSession(page, app);
  const dialog = await openImport(page);
  await dialog.getByLabel('Session').selectOption({ label: 'Focus group 1 (2026-03-02)' });
  const bytes = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02, 0x00,
  ]);
  await dialog.getByLabel('Transcript file').setInputFiles({ name: 'holiday photo.vtt', mimeType: 'text/vtt', buffer: bytes });
  await expect(dialog.getByRole('alert')).toContainText('holiday photo.vtt');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await shot(page, testInfo, 'import-binary-refused');

  // The dialog stays open: choosing a good file next works.
  await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Import 5 turns' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: /Participants/ }).click();
  await expect(page.getByRole('grid', { name: 'Participants' }).getByRole('gridcell', { name: 'Anna Schmidt' })).toHaveCount(0);
});

test('into a new session: the moderator typed in the form is who the “Interviewer” speaker is', async ({ page, app }, testInfo) => {
  await studyWithSession(page, app, ['Sam Okafor']);
  const dialog = await openImport(page);
  await dialog.getByLabel('Session', { exact: true }).selectOption('new');
  const group = dialog.getByRole('group', { name: 'New session' });
  await group.getByLabel('Title', { exact: true }).fill('Interview 7');
  const text = [
    'Interviewer: How do you plan the weekly shop?',
    'Mia: On Sunday, with a list.',
    'Interviewer: And when a slot is gone?',
    'Mia: I go to the shop myself.',
  ].join('\n');
  await dialog.getByLabel('Transcript file').setInputFiles({ name: 'Interview 7.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const speaker = dialog.getByLabel('Speaker “Interviewer” is');
  // No moderator named yet: the preview's own suggestion, a new person in the moderator role.
  await expect(dialog.getByLabel('Name of the new participant for “Interviewer”')).toHaveValue('Interviewer');
  await group.getByLabel('Moderator', { exact: true }).fill('Lena Berg');
  await expect(dialog.getByLabel('Name of the new participant for “Interviewer”')).toHaveValue('Lena Berg');
  await group.getByLabel('Moderator', { exact: true }).fill('sam okafor');
  await expect(speaker.locator('option:checked')).toHaveText('Sam Okafor');
  await expect(dialog.getByLabel('Role of “Interviewer”')).toHaveValue('moderator');
  await expect(dialog.getByLabel('Speaker “Mia” is')).toHaveValue('new');
  await shot(page, testInfo, 'import-new-session-moderator');
  await dialog.getByRole('button', { name: 'Import 4 turns' }).click();
  await expect(dialog).toBeHidden();

  const call = backend(app);
  const people = await call<{ displayName: string; sessions: { role: string }[] }[]>('participants:list', {});
  expect(people.map((p) => p.displayName).sort()).toEqual(['Mia', 'Sam Okafor']);
  expect(people.find((p) => p.displayName === 'Sam Okafor')!.sessions.map((s) => s.role)).toEqual(['moderator']);
});
