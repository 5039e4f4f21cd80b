import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { ZipArchive } from '../../main/formats/zip';
import { expect, shot, test } from './fixtures';

/** Chooses a format from the Export menu and returns the downloads it starts (CSV gives one per table). */
async function exportAs(page: Page, format: string, files = 1): Promise<{ name: string; bytes: Buffer }[]> {
  const downloads: Download[] = [];
  const collect = (d: Download) => void downloads.push(d);
  page.on('download', collect);
  await page.getByRole('button', { name: 'Export report' }).click();
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(files);
  page.off('download', collect);
  return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await readFile((await d.path())!) })));
}

/** The main XML part of an OOXML package, read with the app's own zip reader. */
const ooxmlPart = (bytes: Buffer, name: string) => ZipArchive.open(bytes).read(name).toString('utf8');

/** Renders the first page of a PDF with poppler, when it is installed; returns whether it could check. */
async function rendersWithPoppler(bytes: Buffer): Promise<boolean> {
  if (!existsSync('/usr/bin/pdftoppm')) return false;
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-pdf-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, bytes);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'page')], { stdio: 'pipe' });
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.png'));
    expect(pages).toHaveLength(1);
    return true;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
  const note = page.locator('.report-body .report-front');
  await expect(note).toContainText('260 codings in scope');
  const firstRow = summary.getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell').first()).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('img', { name: /participants who mentioned each theme/i })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Satisfaction scores' })).toBeVisible();
  await shot(page, testInfo, 'reports-summary');
  await page.getByRole('img', { name: /participants who mentioned each theme/i }).evaluate((el) => el.scrollIntoView());
  await shot(page, testInfo, 'reports-frequency-chart');
  for (const [heading, name] of [
    ['Themes and quotes', 'reports-quotes'],
    ['Breakdown by participant attributes', 'reports-breakdown'],
    ['What drives dissatisfaction', 'reports-drivers'],
    ['Satisfaction scores', 'reports-scores'],
    ['Co-occurrence', 'reports-cooccurrence'],
  ] as const) {
    await page
      .locator('.report-body')
      .getByRole('heading', { name: heading, exact: true })
      .evaluate((el) => el.scrollIntoView());
    await shot(page, testInfo, name);
  }
  await page.locator('.report-body').evaluate((el) => el.scrollTo(0, 0));

  // Filtering to one segment changes the counts.
  const before = await summary.innerText();
  await page.getByRole('group', { name: 'Segment' }).getByText('Busy professional').click();
  await expect(note).not.toContainText('260 codings in scope');
  await expect(note).toContainText('Segment');
  await expect.poll(() => summary.innerText()).not.toEqual(before);
  await shot(page, testInfo, 'reports-filtered');
  await page.getByRole('group', { name: 'Segment' }).getByText('Busy professional').click();
  await expect(note).toContainText('260 codings in scope');

  // The coder filter lists who coded (the sample study has one coder) and names them in the scope note.
  const coders = page.getByRole('group', { name: 'Coded by' });
  await expect(coders.locator('.chip-toggle')).toHaveCount(1);
  await expect(coders.locator('.chip-count')).toHaveText('260');
  await coders.locator('.chip-toggle').click();
  await expect(note).toContainText('Only codings by');
  await expect(note).toContainText('260 codings in scope');
  await page.locator('.report-side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot(page, testInfo, 'reports-coder-filter');
  await coders.locator('.chip-toggle').click();
  await expect(note).not.toContainText('Only codings by');

  // Starring a theme's second quote puts it first; the default picks still fill the other slots.
  const themeName = await page
    .locator('.report-theme')
    .filter({ has: page.locator('.report-quote:nth-child(2)') })
    .first()
    .getAttribute('aria-label');
  const theme = page.getByRole('article', { name: themeName!, exact: true });
  const quotesBefore = await theme.locator('.report-quote').count();
  const second = theme.locator('.report-quote').nth(1);
  const quoteText = (await second.locator('.report-quote-text').innerText()).trim();
  await second.getByRole('button', { name: 'Star quote' }).click();
  await expect(theme.locator('.report-quote').first().locator('.report-quote-text')).toHaveText(quoteText);
  await expect(theme.locator('.report-quote')).toHaveCount(quotesBefore);
  await expect(theme.getByRole('button', { name: 'Unstar quote' })).toHaveCount(1);
  await expect(theme.locator('.report-quote').first().getByRole('button', { name: 'Unstar quote' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
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

  // Exports: every format downloads a real file of its type.
  const [html] = await exportAs(page, 'HTML');
  expect(html!.name).toMatch(/\.html$/);
  expect(html!.bytes.toString('utf8')).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/);
  // One report, the same everywhere: the app shows the exported file's sections in its order, and the same scores.
  const exported = html!.bytes.toString('utf8');
  const exportedSections = [...exported.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
  expect(exportedSections.length).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.report-body .report-section > h3')).toHaveText(exportedSections as string[]);
  for (const [, label, value] of exported.matchAll(/<div class="card">([^<]*)<b>([^<]*)<\/b>/g))
    await expect(page.getByLabel(`${label}: ${value}`, { exact: true })).toBeVisible();
  const [docx] = await exportAs(page, 'DOCX');
  expect(docx!.name).toMatch(/\.docx$/);
  expect(ooxmlPart(docx!.bytes, 'word/document.xml')).toContain('Checkout pains');
  const [pdf] = await exportAs(page, 'PDF');
  expect(pdf!.name).toMatch(/\.pdf$/);
  expect(pdf!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await rendersWithPoppler(pdf!.bytes);
  const [xlsx] = await exportAs(page, 'XLSX');
  expect(xlsx!.name).toMatch(/\.xlsx$/);
  expect(ooxmlPart(xlsx!.bytes, 'xl/workbook.xml')).toContain('<sheet ');
  const csv = await exportAs(page, 'CSV', 3);
  expect(csv.map((f) => f.name.replace(/^.*-/, '')).sort()).toEqual(['breakdown.csv', 'quotes.csv', 'themes.csv']);
  const themesCsv = csv
    .find((f) => f.name.endsWith('-themes.csv'))!
    .bytes.toString('utf8')
    .replace(/^\uFEFF/, '');
  expect(themesCsv.split(/\r?\n/)[0]).toBe('Code,Level,Codings,Documents,Sessions,Participants,n,Share of participants %,Description');
  const [json] = await exportAs(page, 'JSON');
  expect(json!.name).toMatch(/\.json$/);
  const data = JSON.parse(json!.bytes.toString('utf8')) as { themes: { code: string; codings: number }[] };
  expect(data.themes.length).toBeGreaterThan(0);
  expect(data.themes[0]!.codings).toBeGreaterThan(0);
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
