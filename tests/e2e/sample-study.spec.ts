import { expect, shot, test } from './fixtures';

test('open the sample study from the welcome screen and see its sessions and participants', async ({ page, app }, testInfo) => {
  // The page must run under the server's strict CSP without violations or uncaught errors.
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Verbatim' })).toBeVisible();
  // The token was taken out of the address bar.
  expect(page.url()).not.toContain('token=');
  await expect(page.getByText('Studies you open will be listed here.')).toBeVisible();
  await expect(page.getByText(app.studiesDir)).toBeVisible();
  await shot(page, testInfo, 'welcome-empty');

  await page.getByRole('button', { name: 'Open the sample study' }).click();

  const sessionsTable = page.getByRole('table', { name: 'Sessions' });
  await expect(sessionsTable).toBeVisible();
  await expect(sessionsTable.getByRole('row')).toHaveCount(11); // header + 10 sessions
  await expect(page.getByRole('tab', { name: /Sessions/ })).toHaveAttribute('aria-selected', 'true');
  await shot(page, testInfo, 'sample-sessions');

  await page.getByRole('tab', { name: /Participants/ }).click();
  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid.getByRole('row')).toHaveCount(21); // header + 20 participants
  await shot(page, testInfo, 'sample-participants');

  // Reloading the page keeps the study open (the backend holds it) and the session token works.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(11);
  expect(problems).toEqual([]);
});
