import { expect, shot, test } from './fixtures';

test('the sample report counts respondents, shows notes as notes, and a switch counts moderators too', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reports' }).click();
  // The front matter above the sections says how many are in scope and which filters apply.
  const note = page.locator('.report-front');
  await expect(note).toContainText('17 participants and 260 codings in scope');

  // Every quote of the theme, so the moderator's question and Marguerite's answer show.
  const perTheme = page.getByLabel('Quotes per theme');
  await perTheme.fill('10');
  await page.getByText('At most one per participant').click();
  const accessibility = page.getByRole('article', { name: 'Theme App & ordering/Accessibility', exact: true });
  await expect(accessibility.locator('.report-theme-meta')).toContainText('1 of 17 participants');
  const answer = accessibility.locator('.report-quote').filter({ hasText: 'The driver told me!' });
  await expect(answer.locator('.report-question')).toHaveText('Question: How did you find out about the phone line?');
  await expect(answer.locator('.report-quote-text')).toHaveText('“The driver told me! Not the website.”');
  await expect(answer.locator('footer')).toContainText('— Marguerite');
  await expect(page.locator('.report-quote footer', { hasText: /Dana Whitlock|Sam Okafor|Lena Fischer/ })).toHaveCount(0);

  // Live notes: labelled, never in quotation marks; an observation names nobody.
  const notes = page.locator('.report-live-note');
  await expect(notes.first()).toBeVisible();
  expect(await notes.count()).toBeGreaterThan(10);
  await expect(notes.locator('.report-note-label')).toHaveCount(await notes.count());
  for (const text of await notes.locator('.report-quote-text').allInnerTexts()) expect(text).not.toMatch(/^“.*”$/s);
  await expect(page.getByText('Unattributed')).toHaveCount(0);
  const missing = page.getByRole('article', { name: 'Theme Order accuracy/Missing items', exact: true });
  await missing.scrollIntoViewIfNeeded();
  await expect(missing.locator('.report-live-note', { hasText: 'Observation' })).toHaveCount(1);
  await shot(page, testInfo, 'report-notes-and-questions');
  await accessibility.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'report-question-and-answer');

  // Notes can be left out of the quotes.
  await page.getByText('Show live notes (marked as notes)').click();
  await expect(notes).toHaveCount(0);
  await page.getByText('Show live notes (marked as notes)').click();

  // The switch counts the moderators and the observer, and the scope note says so.
  const everyone = page.getByRole('checkbox', { name: 'Count moderators, observers and note-takers as participants' });
  await everyone.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'report-respondents-switch');
  await everyone.check();
  await expect(note).toContainText('20 participants');
  await expect(note).toContainText('Moderators, observers and note-takers are counted and quoted as participants.');
  await expect(accessibility.locator('.report-theme-meta')).toContainText('2 of 20 participants');
});
