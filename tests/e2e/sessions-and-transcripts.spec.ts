import { resolve } from 'node:path';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

const TEAMS_VTT = resolve(import.meta.dirname, '../fixtures/transcripts/teams_modern.vtt');

test('sessions: the form asks before Esc throws typing away, the moderator is a person, any column sorts, transcripts import from the Sessions tab and the Import menu', async ({
  page,
  app,
}, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  await page.getByLabel('Study title').fill('Bergen interviews');
  await page.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Bergen interviews' })).toBeVisible();
  const call = backend(app);
  await call('participants:create', { displayName: 'Zofia' });
  await call('participants:create', { displayName: 'Dana Whitlock' });
  await call('participants:create', { displayName: 'Aino' });
  await call('sessions:create', { kind: 'interview', title: 'Beta', date: '2026-03-01' });
  await call('sessions:create', { kind: 'focus_group', title: 'Alpha', date: '2026-03-09' });
  await call('sessions:create', { kind: 'other', title: 'Undated' });
  await page.reload();
  const table = page.getByRole('table', { name: 'Sessions' });
  const titles = () => table.locator('tbody th').allInnerTexts();
  await expect.poll(titles).toEqual(['Alpha', 'Beta', 'Undated']);

  await test.step('Esc on a typed-in new session asks first; Keep editing keeps the typing', async () => {
    await page.getByRole('button', { name: 'New session', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New session' });
    await dialog.getByLabel('Title').fill('Gamma');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Discard this new session?' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await shot(page, testInfo, 'discard-new-session');
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel('Title')).toHaveValue('Gamma');
  });

  await test.step('the moderator is picked from the study’s people (or made); the new session sorts with the rest', async () => {
    const dialog = page.getByRole('dialog', { name: 'New session' });
    await dialog.getByLabel('Date').fill('2026-03-05');
    await dialog.getByLabel('Moderator').fill('dana whitlock');
    await expect(dialog.getByText('Linked to this session as its moderator.')).toBeVisible();
    await shot(page, testInfo, 'new-session-moderator');
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await expect(dialog).toBeHidden();
    // Dated between Alpha (9 March) and Beta (1 March): in its place, not at the bottom.
    await expect.poll(titles).toEqual(['Alpha', 'Gamma', 'Beta', 'Undated']);
    await expect(table.getByRole('row', { name: /Gamma/ })).toContainText('Dana Whitlock');
    const people = await call<{ displayName: string; sessions: { role: string }[] }[]>('participants:list', {});
    expect(people.find((p) => p.displayName === 'Dana Whitlock')!.sessions.map((s) => s.role)).toEqual(['moderator']);
    expect(people).toHaveLength(3);
  });

  await test.step('an untouched form closes on Esc without asking', async () => {
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  await test.step('headers sort by click and by keyboard, with aria-sort', async () => {
    const titleHeader = table.getByRole('columnheader', { name: /Title/ });
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(titles).toEqual(['Alpha', 'Beta', 'Gamma', 'Undated']);
    await titleHeader.getByRole('button').press('Enter');
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(titles).toEqual(['Undated', 'Gamma', 'Beta', 'Alpha']);
    const dateHeader = table.getByRole('columnheader', { name: /Date/ });
    await dateHeader.getByRole('button').focus();
    await page.keyboard.press('Space');
    await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(titleHeader).toHaveAttribute('aria-sort', 'none');
    // Undated sessions stay last either way.
    await expect.poll(titles).toEqual(['Beta', 'Gamma', 'Alpha', 'Undated']);
    await shot(page, testInfo, 'sessions-sorted');
  });

  await test.step('the participants grid sorts too', async () => {
    await page.getByRole('tab', { name: /Participants/ }).click();
    const grid = page.getByRole('grid', { name: 'Participants' });
    const names = () =>
      grid.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td, th')?.textContent?.trim() ?? ''));
    const header = grid.getByRole('columnheader', { name: /Participant/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(names).toEqual(['Aino', 'Dana Whitlock', 'Zofia']);
    await header.getByRole('button').press('Enter');
    await expect.poll(names).toEqual(['Zofia', 'Dana Whitlock', 'Aino']);
    await shot(page, testInfo, 'participants-sorted');
    await page.getByRole('tab', { name: /Sessions/ }).click();
  });

  await test.step('a transcript into a session from its row: the dialog starts on that session, then the Coding tab opens it', async () => {
    await page.getByRole('button', { name: 'Add a transcript to session Beta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
    await expect(dialog.getByLabel('Session', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
    await expect(dialog.getByLabel('Session', { exact: true }).locator('option:checked')).toHaveText(/^Beta/);
    await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
    await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: /Coding/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'teams_modern' })).toBeVisible();
  });

  await test.step('the study’s Import menu offers transcripts; a new session is asked for with the same form', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Transcript…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a transcript' });
    await dialog.getByLabel('Session', { exact: true }).selectOption('new');
    const group = dialog.getByRole('group', { name: 'New session' });
    for (const label of ['Kind', 'Title', 'Date', 'Moderator']) await expect(group.getByLabel(label, { exact: true })).toBeVisible();
    await dialog.getByLabel('Transcript file').setInputFiles(TEAMS_VTT);
    await group.getByLabel('Title', { exact: true }).fill('Delta');
    await group.getByLabel('Date', { exact: true }).fill('2026-03-07');
    await group.getByLabel('Moderator', { exact: true }).fill('Sam Okafor');
    await shot(page, testInfo, 'import-menu-new-session');
    await dialog.getByRole('button', { name: 'Import 5 turns' }).click();
    await expect(dialog).toBeHidden();
    const sessions = await call<{ title: string; date: string | null; moderator: string | null }[]>('sessions:list', {});
    expect(sessions.find((s) => s.title === 'Delta')).toMatchObject({ date: '2026-03-07', moderator: 'Sam Okafor' });
    await page.getByRole('tab', { name: /Sessions/ }).click();
    await expect(table.getByRole('row', { name: /Delta/ })).toContainText('Sam Okafor');
  });
});
