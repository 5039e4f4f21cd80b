import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ZipArchive } from '../../main/formats/zip';
import { desktopTest as test, type DesktopApp } from './desktop';
import { shot } from './fixtures';
import { backend } from './helpers';

/** Runs an independent reader over a file; its exit code must be 0. Returns its output. */
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** `unzip -t`: every entry of a zip (DOCX, XLSX, QDPX) reads back with a good CRC. */
function zipIsSound(path: string): void {
  expect(run('unzip', ['-t', path])).toMatch(/No errors detected/);
}

/** Waits for the "Saved to …" message of one export and returns the path it names. */
async function savedPath(page: Page, desktop: DesktopApp, name: RegExp): Promise<string> {
  const message = page
    .getByText(new RegExp(`^Saved to ${escape(desktop.saveDir)}/.*`))
    .filter({ hasText: name })
    .last();
  await expect(message).toBeVisible({ timeout: 20_000 });
  const path = /^Saved to (.*?)\.(?: |$)/.exec(await message.innerText())![1]!;
  expect(existsSync(path), path).toBe(true);
  return path;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('in the desktop app every export is written by the backend where the save dialog says, and the page never downloads', async ({
  page,
  desktop,
}, testInfo) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const call = backend(desktop.url);

  await page.getByRole('button', { name: 'Open the sample study' }).click();
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  const title = (await call<{ title: string }>('study:current')).title;

  await test.step('REFI-QDA project and codebook', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)' }).click();
    const qdpx = await savedPath(page, desktop, /\.qdpx\./);
    expect(qdpx).toBe(join(desktop.saveDir, `${title}.qdpx`));
    zipIsSound(qdpx);
    const project = ZipArchive.open(readFileSync(qdpx)).read('project.qde');
    const qde = testInfo.outputPath('project.qde');
    await import('node:fs/promises').then((fs) => fs.writeFile(qde, project));
    run('xmllint', ['--noout', '--nonet', qde]);
    expect(project.toString('utf8')).toContain(`name="${title}"`);
    await shot(page, testInfo, 'desktop-saved-qdpx');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Codebook (.qdc)' }).click();
    const qdc = await savedPath(page, desktop, /\.qdc\./);
    run('xmllint', ['--noout', '--nonet', qdc]);
    expect(readFileSync(qdc, 'utf8')).toContain('urn:QDA-XML:codebook:1.0');
    expect(desktop.saveRequests.map((r) => r.extension)).toEqual(['qdpx', 'qdc']);
  });

  await test.step('every report format', async () => {
    await page.getByRole('tab', { name: 'Reports' }).click();
    await expect(page.getByRole('table', { name: 'Theme summary' })).toBeVisible();
    const exportReport = async (label: string, name: RegExp) => {
      await page.getByRole('button', { name: 'Export report' }).click();
      await page.getByRole('menuitem', { name: label, exact: true }).click();
      return savedPath(page, desktop, name);
    };
    const html = readFileSync(await exportReport('HTML', /\.html\./), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/);
    const docx = await exportReport('DOCX', /\.docx\./);
    zipIsSound(docx);
    expect(ZipArchive.open(readFileSync(docx)).read('word/document.xml').toString('utf8')).toContain('Theme report');
    const pdf = await exportReport('PDF', /\.pdf\./);
    expect(run('pdftotext', [pdf, '-'])).toContain('Theme report');
    const xlsx = await exportReport('XLSX', /\.xlsx\./);
    zipIsSound(xlsx);
    const json = JSON.parse(readFileSync(await exportReport('JSON', /\.json\./), 'utf8')) as { themes: unknown[] };
    expect(json.themes.length).toBeGreaterThan(0);

    // CSV is three tables: one dialog, the chosen name as their prefix, one message naming all three.
    await page.getByRole('button', { name: 'Export report' }).click();
    await page.getByRole('menuitem', { name: 'CSV', exact: true }).click();
    await expect(
      page.getByText(`Saved 3 files to ${desktop.saveDir}: Theme-report-themes.csv, Theme-report-breakdown.csv, Theme-report-quotes.csv.`),
    ).toBeVisible({ timeout: 20_000 });
    const csv = readdirSync(desktop.saveDir).filter((f) => f.endsWith('.csv'));
    expect(csv.map((f) => f.replace(/^.*-/, '')).sort()).toEqual(['breakdown.csv', 'quotes.csv', 'themes.csv']);
    const themes = readFileSync(
      join(
        desktop.saveDir,
        csv.find((f) => f.endsWith('-themes.csv'))!,
      ),
      'utf8',
    ).replace(/^\uFEFF/, '');
    expect(themes.split(/\r?\n/)[0]).toBe('Code,Level,Codings,Documents,Sessions,Participants,n,Share of participants %,Description');
    await shot(page, testInfo, 'desktop-saved-report');
  });

  await test.step('live notes in every format', async () => {
    const sessions = await call<{ id: string; title: string }[]>('sessions:list');
    let withNotes: { session: { id: string; title: string }; text: string } | null = null;
    for (const session of sessions) {
      const notes = await call<{ text: string }[]>('notes:list', { sessionId: session.id });
      if (notes.length > 0) {
        withNotes = { session, text: notes[0]!.text };
        break;
      }
    }
    expect(withNotes).not.toBeNull();
    const { session, text } = withNotes!;
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByRole('button', { name: `Live notes of session ${session.title}` }).click();
    const exportNotes = async (label: string, name: RegExp) => {
      await page.getByRole('button', { name: 'Export the notes' }).click();
      await page.getByRole('menuitem', { name: label }).click();
      return savedPath(page, desktop, name);
    };
    const firstWords = text.slice(0, 24);
    expect(readFileSync(await exportNotes('Markdown', /\.md\./), 'utf8')).toContain(firstWords);
    expect(readFileSync(await exportNotes('CSV', /\.csv\./), 'utf8')).toContain(firstWords.replace(/"/g, '""'));
    const docx = await exportNotes('Word (.docx)', /\.docx\./);
    zipIsSound(docx);
    expect(ZipArchive.open(readFileSync(docx)).read('word/document.xml').toString('utf8')).toContain(session.title);
    zipIsSound(await exportNotes('Excel (.xlsx)', /\.xlsx\./));
    await shot(page, testInfo, 'desktop-saved-notes');
  });

  await test.step('cancelling the save dialog writes nothing and says nothing', async () => {
    const before = readdirSync(desktop.saveDir).sort();
    const requests = desktop.saveRequests.length;
    desktop.nextSaveAnswer = { value: null };
    await page.getByRole('button', { name: 'Export the notes' }).click();
    await page.getByRole('menuitem', { name: 'Markdown' }).click();
    await expect.poll(() => desktop.saveRequests.length).toBe(requests + 1);
    await expect(page.locator('.toast-error')).toHaveCount(0);
    expect(readdirSync(desktop.saveDir).sort()).toEqual(before);
  });

  await test.step("a code's passages in every format", async () => {
    await page.getByRole('button', { name: '← Sessions' }).click();
    await page.getByRole('tab', { name: /Coding/ }).click();
    await page.getByRole('button', { name: 'Passages', exact: true }).click();
    const code = page.getByRole('treeitem').first();
    const name = (await code.getAttribute('aria-label'))!;
    await code.click();
    const passages = page.locator('.retrieve');
    await expect(passages.getByRole('status')).toHaveText(/^\d+ passages?/);
    await shot(page, testInfo, 'desktop-passages');
    const exportPassages = async (label: string, ext: string) => {
      await passages.getByRole('button', { name: 'Export passages' }).click();
      await page.getByRole('menuitem', { name: label }).click();
      return savedPath(page, desktop, new RegExp(`passages\\.${ext}\\.`));
    };
    const csv = readFileSync(await exportPassages('CSV table (.csv)', 'csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toBe('Code,Kind,Text,Speakers,Attributes,Session,Session date,Document,Time,Coder,Coded at,Needs review');
    zipIsSound(await exportPassages('Excel workbook (.xlsx)', 'xlsx'));
    const docx = await exportPassages('Word document (.docx)', 'docx');
    zipIsSound(docx);
    expect(ZipArchive.open(readFileSync(docx)).read('word/document.xml').toString('utf8')).toContain(`Passages: ${name}`);
    expect(desktop.saveRequests.slice(-3).map((r) => r.extension)).toEqual(['csv', 'xlsx', 'docx']);
  });

  expect(downloads).toEqual([]);
  expect(await desktop.downloadTouches()).toEqual([]);
});
