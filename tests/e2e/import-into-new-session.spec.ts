import { resolve } from 'node:path';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

const TEAMS_VTT = resolve(import.meta.dirname, '../fixtures/transcripts/teams_modern.vtt');

test('a transcript into a new session in one step; a failed import leaves no session behind', async ({ page, app }, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Oslo interviews');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Oslo interviews' })).toBeVisible();
  const call = backend(app);
  const anna = await call<{ id: string }>('participants:create', { displayName: 'Anna S.' });
  await page.reload();
  await page.getByRole('tab', { name: /Coding/ }).click();

  await page
    .getByRole('button', { name: /Import transcript/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
  // Without sessions the import makes one; its title comes from the file until the user types one.
  await expect(dialog.getByLabel('Session', { exact: true })).toHaveValue('new');
  const newSession = dialog.getByRole('group', { name: 'New session' });
  await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
  await expect(newSession.getByLabel('Title')).toHaveValue('teams_modern');
  await newSession.getByLabel('Title').fill('Interview Oslo');
  await newSession.getByLabel('Kind').selectOption({ label: 'Interview' });
  await dialog.getByLabel('Speaker “Anna Schmidt” is').selectOption({ label: 'Anna S.' });
  await shot(page, testInfo, 'import-new-session');

  // Anna S. is deleted elsewhere before Import: the import fails half-way and must leave nothing.
  await call('participants:delete', { id: anna.id });
  await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no longer exists');
  // The failed import used the file up (the backend holds nothing): it asks for the file again.
  await expect(dialog.getByRole('alert')).toContainText('Choose the file again');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  expect(await call('sessions:list', {})).toEqual([]);
  expect(await call('participants:list', {})).toEqual([]);
  expect(await call('documents:list', {})).toEqual([]);
  await shot(page, testInfo, 'import-new-session-failed');

  await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
  await dialog.getByLabel('Speaker “Anna Schmidt” is').selectOption('new');
  await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
  await expect(dialog).toBeHidden();
  const sessions = await call<{ id: string; title: string; kind: string }[]>('sessions:list', {});
  expect(sessions.map((s) => [s.title, s.kind])).toEqual([['Interview Oslo', 'interview']]);
  const documents = await call<{ sessionId: string }[]>('documents:list', {});
  expect(documents.map((d) => d.sessionId)).toEqual([sessions[0]!.id]);
  await page.getByRole('tab', { name: /Sessions/ }).click();
  await expect(page.getByText('Interview Oslo')).toBeVisible();
});
