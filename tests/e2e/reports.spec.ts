import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/** Chooses a format from the Export menu and returns the download it starts. */
async function exportAs(page: Page, format: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export report' }).click();
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  return downloading;
}

async function sizeOf(download: Download): Promise<number> {
  return (await readFile((await download.path())!)).length;
}

test('build a report on the sample study: summary, filters, stars, snapshots and exports', async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reports' }).click();

  // The theme summary lists the codes with their counts.
  const summary = page.getByRole('table', { name: 'Theme summary' });
  await expect(summary.getByRole('row')).toHaveCount(28); // header + 27 codes
  const note = page.locator('.report-section .report-note').first();
  await expect(note).toContainText('187 codings in scope');
  const firstRow = summary.getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell').first()).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('img', { name: /participants who mentioned each theme/i })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Satisfaction scores' })).toBeVisible();
  await shot(page, testInfo, 'reports-summary');
  await page.getByRole('img', { name: /participants who mentioned each theme/i }).evaluate((el) => el.scrollIntoView());
  await shot(page, testInfo, 'reports-frequency-chart');
  for (const [heading, name] of [
    ['Themes and quotes', 'reports-quotes'],
    ['Breakdown by segment', 'reports-breakdown'],
    ['What drives dissatisfaction', 'reports-drivers'],
    ['Satisfaction scores', 'reports-scores'],
    ['Co-occurrence', 'reports-cooccurrence'],
  ] as const) {
    await page.locator('.report-body').getByRole('heading', { name: heading, exact: true }).evaluate((el) => el.scrollIntoView());
    await shot(page, testInfo, name);
  }
  await page.locator('.report-body').evaluate((el) => el.scrollTo(0, 0));

  // Filtering to one segment changes the counts.
  const before = await summary.innerText();
  await page.getByRole('group', { name: 'Segment' }).getByText('Busy professional').click();
  await expect(note).not.toContainText('187 codings in scope');
  await expect(note).toContainText('Segment');
  await expect.poll(() => summary.innerText()).not.toEqual(before);
  await shot(page, testInfo, 'reports-filtered');
  await page.getByRole('group', { name: 'Segment' }).getByText('Busy professional').click();
  await expect(note).toContainText('187 codings in scope');

  // Starring a theme's second quote puts it first (starred quotes replace the automatic picks).
  const themeName = await page.locator('.report-theme').filter({ has: page.locator('.report-quote:nth-child(2)') }).first().getAttribute('aria-label');
  const theme = page.getByRole('article', { name: themeName!, exact: true });
  const second = theme.locator('.report-quote').nth(1);
  const quoteText = (await second.locator('blockquote p').innerText()).trim();
  await second.getByRole('button', { name: 'Star quote' }).click();
  await expect(theme.locator('.report-quote').first().locator('blockquote p')).toHaveText(quoteText);
  await expect(theme.locator('.report-quote').first().getByRole('button', { name: 'Unstar quote' })).toHaveAttribute('aria-pressed', 'true');
  await theme.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'reports-starred');

  // Save, generate a snapshot and find it in the list.
  await page.getByRole('textbox', { name: 'Report name' }).fill('Checkout pains');
  await page.getByRole('button', { name: 'Save definition' }).click();
  await expect(page.getByRole('status').getByText('Saved “Checkout pains”.')).toBeVisible();
  await page.getByRole('button', { name: 'Generate snapshot' }).click();
  await expect(page.getByText('Snapshot generated.')).toBeVisible();
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  const snapshots = page.getByRole('table', { name: 'Snapshots' });
  await expect(snapshots.getByRole('row')).toHaveCount(2);
  await expect(snapshots).toContainText('Checkout pains');
  await shot(page, testInfo, 'reports-snapshots');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // Exports: each downloads a file of the right kind.
  const html = await exportAs(page, 'HTML');
  expect(html.suggestedFilename()).toMatch(/\.html$/);
  expect(await sizeOf(html)).toBeGreaterThan(2000);
  const xlsx = await exportAs(page, 'XLSX');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(await sizeOf(xlsx)).toBeGreaterThan(1000);
  const json = await exportAs(page, 'JSON');
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const data = JSON.parse(await readFile((await json.path())!, 'utf8')) as { themes: { code: string; codings: number }[] };
  expect(Array.isArray(data.themes)).toBe(true);
  expect(data.themes.length).toBeGreaterThan(0);
  expect(data.themes[0]!.codings).toBeGreaterThan(0);
  // PDF is being added to the backend separately: either it downloads, or its refusal is shown.
  const pdf = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
  await page.getByRole('button', { name: 'Export report' }).click();
  await page.getByRole('menuitem', { name: 'PDF', exact: true }).click();
  const pdfOutcome = await Promise.race([pdf, page.getByRole('alert').locator('.toast').first().waitFor({ timeout: 15_000 }).then(() => 'refused' as const)]);
  if (pdfOutcome !== 'refused' && pdfOutcome !== null) expect(pdfOutcome.suggestedFilename()).toMatch(/\.pdf$/);
  else await expect(page.getByRole('alert').locator('.toast').first()).not.toBeEmpty();
  await shot(page, testInfo, 'reports-exported');

  // Reopen the snapshot read-only and compare it with a second one.
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  await expect(snapshots.getByRole('row')).toHaveCount(2);
  await snapshots.getByRole('button', { name: 'Open' }).first().click();
  await expect(page.getByText('Snapshots are read-only.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Star quote' })).toHaveCount(0);
  await shot(page, testInfo, 'reports-snapshot-open');
  await page.getByRole('button', { name: 'Back to the builder' }).click();
  await page.getByRole('group', { name: 'Region' }).getByText('Urban', { exact: true }).click();
  await expect(note).toContainText('Region');
  await page.getByRole('button', { name: 'Generate snapshot' }).click();
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  await expect(snapshots.getByRole('row')).toHaveCount(3);
  await snapshots.getByRole('checkbox').nth(0).check();
  await snapshots.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: 'Compare the two ticked' }).click();
  await expect(page.getByRole('table', { name: 'Comparison' }).getByRole('row').nth(1)).toBeVisible();
  await shot(page, testInfo, 'reports-compare');
  expect(problems).toEqual([]);
});

test('a study without codings points to the Coding tab', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'New study' }).click();
  const dialog = page.getByRole('dialog', { name: 'New study' });
  await dialog.getByLabel('Study title').fill('Empty study');
  await dialog.getByLabel('Study title').press('Enter');
  await expect(page.getByRole('heading', { name: 'Empty study' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to report yet' })).toBeVisible();
  await expect(page.getByText(/in the Coding tab/)).toBeVisible();
  await shot(page, testInfo, 'reports-empty');
});
